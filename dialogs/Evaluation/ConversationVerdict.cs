using Microsoft.Bot.Schema;

namespace TrierBot.Dialogs.Evaluation;

/// <summary>How one corpus conversation went: the replies per turn, the offers shown, and every rule it broke.</summary>
public sealed record ConversationVerdict(EvaluationConversation Conversation, IReadOnlyList<IReadOnlyList<Activity>> Replies, IReadOnlyList<string> OffersShown, IReadOnlyList<string> Failures)
{
    public bool Passed => Failures.Count == 0;
}
