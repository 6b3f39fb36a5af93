using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Serialization;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Writes <c>$type</c> names as Newtonsoft's default does (assembly names without version, culture or key),
/// but works each out once per type: the default re-parses the assembly-qualified name for every value it
/// writes, a tenth of serializing a dialog stack. The few types every dialog stack carries several times get
/// short names instead (<c>dict</c> for the 140 characters of <c>Dictionary&lt;string, object&gt;</c>): they
/// were a third of a conversation's state; the app adds its own state types with <see cref="AddShortName"/>. Full
/// names, as older state has them, are still read. Use with <c>TypeNameAssemblyFormatHandling.Full</c>, so that
/// Newtonsoft takes these names as they are.
/// </summary>
public sealed partial class CachedTypeNameBinder : ISerializationBinder
{
    /// <summary>Short names, written without an assembly: only these are read that way.</summary>
    public static readonly IReadOnlyDictionary<string, Type> ShortNames = new Dictionary<string, Type>(StringComparer.Ordinal)
    {
        ["dict"] = typeof(Dictionary<string, object>),
        ["DialogState"] = typeof(DialogState),
        ["PromptOptions"] = typeof(PromptOptions),
    };

    // After ShortNames: the instance's name table starts from them.
    public static readonly CachedTypeNameBinder Instance = new();

    private readonly DefaultSerializationBinder _types = new();
    private readonly ConcurrentDictionary<Type, (string? Assembly, string Type)> _names = new(
        ShortNames.Select(n => KeyValuePair.Create(n.Value, ((string?)null, n.Key))));

    private readonly ConcurrentDictionary<string, Type> _shortNames = new(ShortNames, StringComparer.Ordinal);

    /// <summary>Gives an app type that every state carries a short name (written without its assembly); idempotent.</summary>
    public void AddShortName(string name, Type type)
    {
        if (_shortNames.GetOrAdd(name, type) != type)
        {
            throw new ArgumentException($"The short name {name} already stands for {_shortNames[name]}.", nameof(name));
        }

        _names[type] = (null, name);
    }

    public Type BindToType(string? assemblyName, string typeName) =>
        assemblyName is null && _shortNames.TryGetValue(typeName, out var type) ? type : _types.BindToType(assemblyName, typeName);

    public void BindToName(Type serializedType, out string? assemblyName, out string? typeName)
    {
        var names = _names.GetOrAdd(serializedType, static type =>
            (type.Assembly.GetName().Name, AssemblyDetails().Replace(type.FullName ?? type.Name, "")));
        assemblyName = names.Assembly;
        typeName = names.Type;
    }

    [GeneratedRegex(@", (?:Version|Culture|PublicKeyToken)=[^,\]]*")]
    private static partial Regex AssemblyDetails();
}
