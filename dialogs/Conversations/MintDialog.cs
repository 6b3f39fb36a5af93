using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.Prompts;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// MINT offers for children, young people, parents and teachers: age, interest, when (holidays,
/// afternoons, a date range) and the wish for a girls-only offer, then the matching running offers.
/// </summary>
public sealed class MintDialog : ComponentDialog
{
    public const int MinAge = 3;
    public const int MaxAge = 99;

    public const string WhenHolidays = "Ferien";
    public const string WhenAfternoons = "nachmittags";
    public const string WhenRange = "Zeitraum";

    private const string FlowDialogId = "MintDialog.Flow";
    private const string AgePromptId = "MintDialog.Age";
    private const string ChoicePromptId = "MintDialog.Choice";
    private const string WhenPromptId = "MintDialog.When";
    private const string DatePromptId = "MintDialog.Date";
    private const string ConfirmPromptId = "MintDialog.Confirm";

    private readonly TrierStateAccessors _accessors;
    private readonly OfferPresenter _presenter;
    private readonly TimeProvider _time;

    public MintDialog(TrierStateAccessors accessors, OfferPresenter presenter, TimeProvider timeProvider)
        : base(nameof(MintDialog))
    {
        _accessors = accessors;
        _presenter = presenter;
        _time = timeProvider;
        AddDialog(new WaterfallDialog(FlowDialogId,
        [
            AskAgeStepAsync,
            AskInterestStepAsync,
            AskWhenStepAsync,
            AskDateRangeStepAsync,
            AskGirlsOnlyStepAsync,
            ShowOffersStepAsync,
        ]));
        AddDialog(new AgePrompt(AgePromptId, AgeValidatorAsync));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new TextPrompt(WhenPromptId, WhenValidatorAsync));
        AddDialog(new DateTimePrompt(DatePromptId, timeProvider: timeProvider));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        InitialDialogId = FlowDialogId;
    }

    private async Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Age is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(AgePromptId, Ask(step, MintTexts.AskAge, MintTexts.RetryAge), cancellationToken);
    }

    private async Task<DialogTurnResult> AskInterestStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Age is null && step.Result is int age)
        {
            profile.Age = age;
            profile.MarkAnswered(ProfileSlots.Age);
        }

        if (profile.Interests.Count > 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        return await step.PromptAsync(ChoicePromptId, Ask(step, MintTexts.AskInterest, MintTexts.RetryInterest, InterestChoices(english)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskWhenStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Interests.Count == 0 && step.Result is FoundChoice interest)
        {
            profile.Interests = [interest.Value];
            profile.MarkAnswered(ProfileSlots.Interests);
        }

        if (profile.When is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        return await step.PromptAsync(WhenPromptId, Ask(step, MintTexts.AskWhen, MintTexts.RetryWhen, WhenChoices(english)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDateRangeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.When is null && step.Result is string answer)
        {
            var english = DialogLocale.IsEnglish(step.Context);
            var choice = ChoiceMatcher.FindBest(answer, WhenChoices(english));
            var dates = DateTimePrompt.Recognize(answer, DialogLocale.Get(step.Context), Now);
            if (choice is { Score: >= 0.7 } && (choice.Value != WhenRange || dates.Count == 0))
            {
                if (choice.Value == WhenRange)
                {
                    return await step.PromptAsync(DatePromptId, Ask(step, MintTexts.AskDateRange, MintTexts.RetryDateRange), cancellationToken);
                }

                profile.When = choice.Value;
                // "Herbstferien", or "Ferien" alone (the next ones): the recognizer knows the holiday table.
                if (choice.Value == WhenHolidays && TurnUtterance.Get(step.Context).Entities.Date.FirstOrDefault(d => d.Start is not null) is { } holidays)
                {
                    profile.From = holidays.Start;
                    profile.To = holidays.End;
                }
            }
            else
            {
                SetDates(profile, dates);
            }

            profile.MarkAnswered(ProfileSlots.When);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskGirlsOnlyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.When is null && step.Result is IReadOnlyList<DateTimeResolution> dates)
        {
            SetDates(profile, dates);
            profile.MarkAnswered(ProfileSlots.When);
        }

        if (profile.GirlsOnly is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        return await step.PromptAsync(ConfirmPromptId, Ask(step, MintTexts.AskGirlsOnly, MintTexts.RetryGirlsOnly, ConfirmPrompt.Choices(english)), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowOffersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.GirlsOnly is null && step.Result is bool girlsOnly)
        {
            profile.GirlsOnly = girlsOnly;
            profile.MarkAnswered(ProfileSlots.GirlsOnly);
        }

        var interests = profile.Interests.Where(i => i != SearchProfile.Any).ToList();
        var words = interests.Count > 0 ? interests : ["MINT"];
        if (profile.When is WhenHolidays or WhenAfternoons)
        {
            words.Add(profile.When);
        }

        if (profile.GirlsOnly == true)
        {
            words.Add("Mädchen");
        }

        var query = new SearchQuery
        {
            Text = string.Join(" ", words),
            Sources = [KnowledgeSources.Mint],
            Age = profile.Age,
            District = profile.District is SearchProfile.Any ? null : profile.District,
            From = profile.From,
            To = profile.To,
            Categories = interests,
        };
        await _presenter.ShowOffersAsync(step.Context, query, profile, MintTexts.OfficeTopic, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // Children from kindergarten age on; adults may look for themselves too.
    private static Task<bool> AgeValidatorAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken)
        => Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= MinAge and <= MaxAge);

    // One of the "when" choices, or any date or range.
    private static Task<bool> WhenValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Recognized.Value;
        var english = DialogLocale.IsEnglish(prompt.Context);
        var isChoice = ChoiceMatcher.FindBest(text, WhenChoices(english)) is { Score: >= 0.7 };
        return Task.FromResult(isChoice || DateTimePrompt.Recognize(text, DialogLocale.Get(prompt.Context), DateTime.Now).Count > 0);
    }

    private DateTime Now => _time.GetLocalNow().DateTime;

    /// <summary>Takes the first reading that is not over yet ("März" means the coming March).</summary>
    private void SetDates(SearchProfile profile, IReadOnlyList<DateTimeResolution> dates)
    {
        var today = Now.Date;
        DateTime? from = null;
        DateTime? to = null;
        foreach (var resolution in dates)
        {
            var start = Parse(resolution.Start ?? resolution.Value);
            var end = Parse(resolution.End) ?? start?.AddDays(1);
            if (start is null)
            {
                continue;
            }

            (from, to) = (start, end);
            if (end is null || end >= today)
            {
                break;
            }
        }

        profile.When = from is null ? SearchProfile.Any : WhenRange;
        profile.From = from;
        profile.To = to;
    }

    private static DateTime? Parse(string? value)
        => DateTime.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) ? parsed : null;

    private async Task<SearchProfile> ProfileAsync(WaterfallStepContext step, CancellationToken cancellationToken)
        => (await _accessors.GetDataAsync(step.Context, cancellationToken)).Profile;

    private static PromptOptions Ask(WaterfallStepContext step, Texts.LocalizedText prompt, Texts.LocalizedText retry, List<Choice>? choices = null)
    {
        var english = DialogLocale.IsEnglish(step.Context);
        return new PromptOptions
        {
            Prompt = MessageFactory.Text(prompt.In(english)),
            RetryPrompt = MessageFactory.Text(retry.In(english)),
            Choices = choices,
        };
    }

    private static List<Choice> InterestChoices(bool english) =>
    [
        new(Categories.Robotik, english ? "Robotics" : "Robotik", "roboter", "robots", "robot", "lego"),
        new(Categories.Programmieren, english ? "Coding" : "Programmieren", "coden", "coding", "programming", "informatik", "apps", "games"),
        new(Categories.Experimente, english ? "Experiments" : "Experimente", "experimentieren", "chemie", "physik", "forschen", "science", "chemistry", "physics"),
        new(Categories.Natur, english ? "Nature" : "Natur", "biologie", "tiere", "pflanzen", "umwelt", "biology", "animals"),
        new(Categories.TechnikIt, english ? "Technology" : "Technik", "technik", "bauen", "elektronik", "tech", "engineering"),
        new(Categories.Mathematik, english ? "Maths" : "Mathe", "mathematik", "mathe", "zahlen", "math", "mathematics"),
        new(Categories.Astronomie, english ? "Astronomy" : "Astronomie", "sterne", "weltall", "planeten", "space", "stars"),
        new(SearchProfile.Any, MintTexts.AnyTopic.In(english), "egal", "alles", "weiss nicht", "anything", "everything", "dont know"),
    ];

    private static List<Choice> WhenChoices(bool english) =>
    [
        new(WhenHolidays, MintTexts.Holidays.In(english), "ferien", "in den ferien", "sommerferien", "herbstferien", "osterferien", "holidays", "vacation", "school holidays"),
        new(WhenAfternoons, MintTexts.Afternoons.In(english), "nachmittag", "nachmittags", "nach der schule", "afternoon", "after school"),
        new(WhenRange, MintTexts.DateRange.In(english), "zeitraum", "datum", "bestimmte tage", "dates", "specific dates"),
        new(SearchProfile.Any, MintTexts.AnyTime.In(english), "egal", "immer", "wann anders", "any", "anytime", "whenever"),
    ];
}
