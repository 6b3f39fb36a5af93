using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Serialization;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Writes the same <c>$type</c> names as Newtonsoft's default (assembly names without version, culture or key),
/// but works each out once per type: the default re-parses the assembly-qualified name for every value it
/// writes, a tenth of serializing a dialog stack. Use with <c>TypeNameAssemblyFormatHandling.Full</c>, so
/// that Newtonsoft takes these names as they are.
/// </summary>
public sealed partial class CachedTypeNameBinder : ISerializationBinder
{
    public static readonly CachedTypeNameBinder Instance = new();

    private readonly DefaultSerializationBinder _types = new();
    private readonly ConcurrentDictionary<Type, (string? Assembly, string Type)> _names = new();

    public Type BindToType(string? assemblyName, string typeName) => _types.BindToType(assemblyName, typeName);

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
