using System.Text.Json;

namespace TrierBot.Knowledge.Tests;

/// <summary>Builds small offer files for the tests: a valid offer with overrides, as JSON array or JSON lines.</summary>
public static class Offers
{
    public static Dictionary<string, object?> Valid(string id, string title = "Testangebot", params (string Field, object? Value)[] overrides)
    {
        var offer = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["title"] = title,
            ["description"] = "Ein fiktives Angebot für die Tests (Beispieldaten).",
            ["provider"] = "Testanbieter (Beispiel)",
        };
        foreach (var (field, value) in overrides)
        {
            if (value is null) offer.Remove(field);
            else offer[field] = value;
        }
        return offer;
    }

    public static string Json(params Dictionary<string, object?>[] offers) => JsonSerializer.Serialize(offers);

    public static string JsonLines(params Dictionary<string, object?>[] offers) =>
        string.Join("\n", offers.Select(o => JsonSerializer.Serialize(o)));
}
