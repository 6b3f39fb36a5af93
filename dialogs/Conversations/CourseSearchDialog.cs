using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Any other lifelong-learning course (Sprachkurs, EDV-Kurs …): searched with the user's own words.</summary>
public sealed class CourseSearchDialog : ComponentDialog
{
    private const string FlowDialogId = "CourseSearchDialog.Flow";
    private const string OfficeTopic = "Weiterbildung Bildungsberatung";

    private readonly TrierStateAccessors _accessors;
    private readonly OfferPresenter _presenter;

    public CourseSearchDialog(TrierStateAccessors accessors, OfferPresenter presenter)
        : base(nameof(CourseSearchDialog))
    {
        _accessors = accessors;
        _presenter = presenter;
        AddDialog(new WaterfallDialog(FlowDialogId, [SearchStepAsync]));
        InitialDialogId = FlowDialogId;
    }

    private async Task<DialogTurnResult> SearchStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = (await _accessors.GetDataAsync(step.Context, cancellationToken)).Profile;
        var query = new SearchQuery
        {
            Text = step.Context.Activity.Text ?? "",
            Sources = [KnowledgeSources.Kurse],
            Age = profile.Age,
            District = profile.District is SearchProfile.Any ? null : profile.District,
        };
        await _presenter.ShowOffersAsync(step.Context, query, profile, OfficeTopic, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }
}
