using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>
/// The recognizer and search traces of bot-contract.md §2–3. Sent only on the Emulator's channel: with
/// expectReplies every other channel would receive the bot's internals too.
/// </summary>
public static class BotTraces
{
    public const string EmulatorChannel = "emulator";
    public const string RecognizerTraceName = "TrierBot.Recognizer";
    public const string RecognizerTraceLabel = "RecognizerResult";
    public const string RecognizerValueType = "https://www.botframework.com/schemas/recognizerResult";
    public const string SearchTraceName = "TrierBot.Search";
    public const string SearchTraceLabel = "Knowledge search";
    public const string SearchValueType = "https://trierbot/schemas/searchTrace";

    public static bool IsEnabled(ITurnContext turnContext) => turnContext.Activity.ChannelId == EmulatorChannel;

    public static async Task SendRecognizerTraceAsync(ITurnContext turnContext, Utterance utterance, CancellationToken cancellationToken)
    {
        if (!IsEnabled(turnContext))
        {
            return;
        }

        var result = new RecognizerResult
        {
            Text = utterance.Text,
            Intents = utterance.Intents.ToDictionary(i => i.Key, i => new IntentScore { Score = i.Value }),
            Entities = EntitiesOf(utterance.Entities),
        };
        var trace = turnContext.Activity.CreateTrace(RecognizerTraceName, result, RecognizerValueType, RecognizerTraceLabel);
        await turnContext.SendActivityAsync(trace, cancellationToken);
    }

    public static async Task SendSearchTraceAsync(ITurnContext turnContext, SearchQuery query, IReadOnlyList<SearchHit> hits, CancellationToken cancellationToken)
    {
        if (!IsEnabled(turnContext))
        {
            return;
        }

        // A JObject, not an anonymous object: anonymous values came back as {} through expectReplies (recipes).
        var value = new JObject
        {
            ["query"] = query.Text,
            ["filters"] = FiltersOf(query),
            ["results"] = new JArray(hits.Select(h => new JObject { ["id"] = h.Key, ["score"] = Math.Round(h.Score, 3) })),
        };
        var trace = turnContext.Activity.CreateTrace(SearchTraceName, value, SearchValueType, SearchTraceLabel);
        await turnContext.SendActivityAsync(trace, cancellationToken);
    }

    private static JObject EntitiesOf(UtteranceEntities entities)
    {
        var json = new JObject();
        if (entities.Age.Count > 0)
        {
            json["age"] = new JArray(entities.Age);
        }

        if (entities.District.Count > 0)
        {
            json["district"] = new JArray(entities.District);
        }

        // An extension of the contract's entities: the school class ("10. klasse" → 10).
        if (entities.SchoolClass.Count > 0)
        {
            json["schoolClass"] = new JArray(entities.SchoolClass);
        }

        if (entities.Date.Count > 0)
        {
            json["date"] = new JArray(entities.Date.Select(d => new JObject
            {
                ["timex"] = d.Timex,
                ["start"] = d.Start?.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
                ["end"] = d.End?.ToString("s", System.Globalization.CultureInfo.InvariantCulture),
            }));
        }

        if (entities.Topic.Count > 0)
        {
            json["topic"] = new JArray(entities.Topic);
        }

        return json;
    }

    private static JObject FiltersOf(SearchQuery query)
    {
        var filters = new JObject();
        if (query.Age is { } age)
        {
            filters["age"] = age;
        }

        if (query.Sources.Count > 0)
        {
            filters["source"] = new JArray(query.Sources);
        }

        if (query.District is { } district)
        {
            filters["district"] = district;
        }

        if (query.From is { } from)
        {
            filters["from"] = from.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (query.To is { } to)
        {
            filters["to"] = to.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        if (query.Categories.Count > 0)
        {
            filters["categories"] = new JArray(query.Categories);
        }

        if (query.Skip > 0)
        {
            filters["skip"] = query.Skip;
        }

        return filters;
    }
}
