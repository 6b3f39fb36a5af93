using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrierBot.Dialogs.Monitoring;
using TrierBot.Dialogs.State;

namespace TrierBot.Monitoring;

/// <summary>
/// After a turn, counts the guided search that ended in it (<see cref="DemandSignal"/>) and a hand-off the turn
/// started (<c>handoff.initiate</c>). A hand-off after the offers of the same search moves that search's count to
/// "person asked for" instead of counting the search twice (docs/monitoring.md).
/// </summary>
public sealed class DemandRecordingMiddleware(DemandRecorder recorder, TrierStateAccessors accessors) : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var handoff = false;
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            turnContext.OnSendActivities(async (context, activities, nextSend) =>
            {
                handoff |= activities.Exists(a => a.Type == ActivityTypes.Event && a.Name == HandoffEventNames.InitiateHandoff);
                return await nextSend();
            });
        }

        await next(cancellationToken);

        var ended = DemandSignal.EndedIn(turnContext);
        if (!handoff)
        {
            if (ended is not null) recorder.Record(ended);
            return;
        }

        if (ended is not null)
        {
            recorder.Record(ended with { Handoff = true });
            return;
        }

        var profile = (await accessors.GetDataAsync(turnContext, cancellationToken)).Profile;
        if (profile.Shown && !profile.Dirty)
        {
            var search = DemandSignal.Describe(turnContext, profile, profile.Ranked.Count, handoff: false);
            recorder.Move(search, search with { Handoff = true });
            return;
        }

        recorder.Record(DemandSignal.Describe(turnContext, profile, found: null, handoff: true));
    }
}
