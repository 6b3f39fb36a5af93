using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TrierBot.Dialogs.Tests.Support;

/// <summary>A storage that keeps JSON without type names, as many real stores do: reads return JObjects.</summary>
public sealed class PlainJsonStorage : IStorage
{
    private readonly Dictionary<string, string> _items = [];

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        IDictionary<string, object> result = new Dictionary<string, object>();
        foreach (var key in keys)
        {
            if (_items.TryGetValue(key, out var json))
            {
                result[key] = JObject.Parse(json);
            }
        }

        return Task.FromResult(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        foreach (var change in changes)
        {
            _items[change.Key] = JsonConvert.SerializeObject(change.Value);
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        foreach (var key in keys)
        {
            _items.Remove(key);
        }

        return Task.CompletedTask;
    }
}
