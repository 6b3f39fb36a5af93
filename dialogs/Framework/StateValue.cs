using Newtonsoft.Json.Linq;

namespace TrierBot.Dialogs.Framework;

/// <summary>
/// Reads a value back from persisted dialog state. A storage that keeps type names returns the
/// original object; one that does not returns JSON tokens or widened numbers — both must work.
/// </summary>
public static class StateValue
{
    public static T? As<T>(object? value)
    {
        return value switch
        {
            null => default,
            T typed => typed,
            JToken token => token.Type == JTokenType.Null ? default : token.ToObject<T>(),
            IConvertible when typeof(T).IsPrimitive || Nullable.GetUnderlyingType(typeof(T))?.IsPrimitive == true
                => (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture),
            _ => JToken.FromObject(value).ToObject<T>(),
        };
    }

    /// <summary>Reads <paramref name="key"/> as <typeparamref name="T"/> and stores the converted object back, so later changes persist.</summary>
    public static T GetOrAdd<T>(IDictionary<string, object?> state, string key, Func<T> create)
        where T : class
    {
        state.TryGetValue(key, out var raw);
        var value = As<T>(raw) ?? create();
        state[key] = value;
        return value;
    }
}
