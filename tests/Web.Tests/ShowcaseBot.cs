using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrierBot.Web.Tests;

/// <summary>
/// A bot with fixed answers that uses what the page must render: a welcome on join, suggested actions, a hero
/// card with an imBack and a postBack button (value as in bot-contract.md). The real dialogs are still being
/// built, so the page's protocol behaviour is tested against this one.
/// </summary>
public sealed class ShowcaseBot : ActivityHandler
{
    public const string WelcomeText = "Willkommen beim Test-Bot!";
    public const string EchoPrefix = "Du hast geschrieben: ";
    public const string CardTitle = "Ausbildung bei der Stadt (Demo)";
    public const string CardImBack = "Mehr erfahren";
    public const string CardPostBack = "Details ansehen";
    public const string DetailsPrefix = "Details zu ";
    public static readonly string[] Suggestions = ["Ausbildung", "Studium"];

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var member in membersAdded.Where(m => m.Id != turnContext.Activity.Recipient.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(WelcomeText), cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Value is JObject { } value && (string?)value["action"] == "details")
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(DetailsPrefix + (string?)value["id"]), cancellationToken);
            return;
        }
        if (string.Equals(activity.Text, "karte", StringComparison.OrdinalIgnoreCase))
        {
            var card = new HeroCard
            {
                Title = CardTitle,
                Text = "Ein fiktives Angebot für den Test.",
                Buttons =
                [
                    new CardAction(ActionTypes.ImBack, CardImBack, value: CardImBack),
                    new CardAction(ActionTypes.PostBack, CardPostBack, value: new JObject { ["action"] = "details", ["id"] = "retribus:RB-1042" }),
                ],
            };
            await turnContext.SendActivityAsync(MessageFactory.Attachment(card.ToAttachment()), cancellationToken);
            return;
        }
        var reply = MessageFactory.SuggestedActions(Suggestions, EchoPrefix + activity.Text, toList: null);
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
