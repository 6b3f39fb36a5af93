using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.Prompts;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Berufs- und Studienorientierung (ReTriBuS): asks only what is still missing — age or class, school,
/// interests (a quiz for "weiß nicht"), Ausbildung/Studium/Praktikum, district — then shows the three
/// best running offers and the matching counselling office.
/// </summary>
public sealed class CareerOrientationDialog : ComponentDialog
{
    public const int MinAge = 10;
    public const int MaxAge = 99;
    /// <summary>After this many unknown places the district counts as "any": nobody gets stuck on it.</summary>
    public const int DistrictAttempts = 2;

    private const string FlowDialogId = "CareerOrientationDialog.Flow";
    private const string AgePromptId = "CareerOrientationDialog.Age";
    private const string ChoicePromptId = "CareerOrientationDialog.Choice";
    private const string DistrictPromptId = "CareerOrientationDialog.District";
    private const string DontKnow = "DontKnow";

    private readonly TrierStateAccessors _accessors;
    private readonly OfferPresenter _presenter;

    public CareerOrientationDialog(TrierStateAccessors accessors, OfferPresenter presenter, InterestQuizDialog interestQuiz)
        : base(nameof(CareerOrientationDialog))
    {
        _accessors = accessors;
        _presenter = presenter;
        AddDialog(new WaterfallDialog(FlowDialogId,
        [
            AskAgeStepAsync,
            AskSchoolTypeStepAsync,
            AskInterestsStepAsync,
            QuizIfUnsureStepAsync,
            AskPathStepAsync,
            AskDistrictStepAsync,
            ShowOffersStepAsync,
        ]));
        AddDialog(new AgePrompt(AgePromptId, AgeValidatorAsync));
        AddDialog(new ChoicePrompt(ChoicePromptId));
        AddDialog(new TextPrompt(DistrictPromptId, DistrictValidatorAsync));
        AddDialog(interestQuiz);
        InitialDialogId = FlowDialogId;
    }

    private async Task<DialogTurnResult> AskAgeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Age is { } age)
        {
            return await step.NextAsync(age, cancellationToken);
        }

        return await step.PromptAsync(AgePromptId, Ask(step, CareerOrientationTexts.AskAge, CareerOrientationTexts.RetryAge), cancellationToken);
    }

    private async Task<DialogTurnResult> AskSchoolTypeStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Age is null && step.Result is int age)
        {
            profile.Age = age;
            profile.MarkAnswered(ProfileSlots.Age);
        }

        if (profile.SchoolType is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        return await step.PromptAsync(ChoicePromptId, Ask(step, CareerOrientationTexts.AskSchoolType, CareerOrientationTexts.RetrySchoolType, SchoolChoices(english)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskInterestsStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.SchoolType is null && step.Result is FoundChoice school)
        {
            profile.SchoolType = school.Value;
            profile.MarkAnswered(ProfileSlots.SchoolType);
        }

        if (profile.Interests.Count > 0)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        return await step.PromptAsync(ChoicePromptId, Ask(step, CareerOrientationTexts.AskInterests, CareerOrientationTexts.RetryInterests, InterestChoices(english)), cancellationToken);
    }

    private async Task<DialogTurnResult> QuizIfUnsureStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Interests.Count == 0 && step.Result is FoundChoice interest)
        {
            if (interest.Value == DontKnow)
            {
                return await step.BeginDialogAsync(nameof(InterestQuizDialog), null, cancellationToken);
            }

            profile.Interests = [interest.Value];
            profile.MarkAnswered(ProfileSlots.Interests);
        }

        return await step.NextAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPathStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Interests.Count == 0 && step.Result is List<string> quizResult)
        {
            profile.Interests = quizResult;
            profile.MarkAnswered(ProfileSlots.Interests);
        }

        if (profile.Path is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var english = DialogLocale.IsEnglish(step.Context);
        return await step.PromptAsync(ChoicePromptId, Ask(step, CareerOrientationTexts.AskPath, CareerOrientationTexts.RetryPath, PathChoices(english)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskDistrictStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.Path is null && step.Result is FoundChoice path)
        {
            profile.Path = path.Value;
            profile.MarkAnswered(ProfileSlots.Path);
        }

        if (profile.District is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        return await step.PromptAsync(DistrictPromptId, Ask(step, CareerOrientationTexts.AskDistrict, CareerOrientationTexts.RetryDistrict), cancellationToken);
    }

    private async Task<DialogTurnResult> ShowOffersStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await ProfileAsync(step, cancellationToken);
        if (profile.District is null && step.Result is string place)
        {
            profile.District = DistrictMatcher.Match(place) ?? SearchProfile.Any;
            profile.MarkAnswered(ProfileSlots.District);
        }

        var interests = profile.Interests.Where(i => i != SearchProfile.Any).ToList();
        var path = profile.Path is SearchProfile.Any ? null : profile.Path;
        var query = new SearchQuery
        {
            Text = string.Join(" ", interests.Append(path ?? "Berufsorientierung")),
            Sources = [KnowledgeSources.Retribus],
            Age = profile.Age,
            District = profile.District is SearchProfile.Any ? null : profile.District,
            Categories = [.. interests, .. path is null ? Array.Empty<string>() : [path]],
        };
        var office = path == Categories.Studium ? CareerOrientationTexts.StudyCounselling : CareerOrientationTexts.CareerCounselling;
        await _presenter.ShowOffersAsync(step.Context, query, profile, office, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    // An age a pupil, trainee or student can have.
    private static Task<bool> AgeValidatorAsync(PromptValidatorContext<int> prompt, CancellationToken cancellationToken)
        => Task.FromResult(prompt.Recognized.Succeeded && prompt.Recognized.Value is >= MinAge and <= MaxAge);

    // A known district or "egal"; after two unknown places, any answer counts as "egal".
    private static Task<bool> DistrictValidatorAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Recognized.Value;
        var known = DistrictMatcher.Match(text) is not null || AnyPlaceWords.IsAnyPlace(text);
        return Task.FromResult(prompt.Recognized.Succeeded && (known || prompt.AttemptCount >= DistrictAttempts));
    }

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

    private static List<Choice> SchoolChoices(bool english) =>
    [
        new("Realschule plus", "Realschule plus", "realschule", "rs plus", "rs"),
        new("Gymnasium", english ? "Gymnasium (grammar school)" : "Gymnasium", "gym", "gymi", "grammar school"),
        new("IGS", english ? "IGS (comprehensive school)" : "IGS", "gesamtschule", "integrierte gesamtschule", "comprehensive"),
        new("BBS", english ? "BBS (vocational school)" : "BBS / Berufsschule", "berufsschule", "berufsbildende schule", "vocational"),
        new("Förderschule", english ? "Förderschule (special needs school)" : "Förderschule", "foerderschule", "special needs"),
        new("Schulabschluss", CareerOrientationTexts.SchoolFinished.In(english), "fertig", "abschluss", "abi", "abitur", "schule fertig", "finished", "graduated", "done"),
        new(SearchProfile.Any, CareerOrientationTexts.RatherNotSay.In(english), "egal", "keine angabe", "sag ich nicht", "rather not", "skip"),
    ];

    private static List<Choice> InterestChoices(bool english) =>
    [
        new(Categories.Handwerk, english ? "Crafts & trades" : "Handwerk", "handwerker", "bauen", "basteln", "tischler", "schreiner", "kfz", "mechaniker", "crafts", "trades"),
        new(Categories.Soziales, english ? "Social work" : "Soziales", "sozial", "menschen helfen", "erzieher", "erzieherin", "social", "helping people"),
        new(Categories.TechnikIt, english ? "Tech & IT" : "Technik/IT", "technik", "it", "informatik", "computer", "tech", "programmieren", "technology"),
        new(Categories.Gesundheit, english ? "Health & care" : "Gesundheit & Pflege", "gesundheit", "pflege", "medizin", "arzt", "health", "care", "medicine"),
        new(Categories.Wirtschaft, english ? "Business" : "Wirtschaft & Büro", "wirtschaft", "buero", "kaufmann", "kauffrau", "bank", "business", "office"),
        new(Categories.Kreatives, english ? "Creative" : "Kreatives", "kreativ", "kunst", "design", "musik", "creative", "art", "music"),
        new(Categories.Natur, english ? "Nature" : "Natur & Umwelt", "natur", "umwelt", "tiere", "garten", "nature", "environment", "animals"),
        new(DontKnow, CareerOrientationTexts.DontKnow.In(english), "weiss nicht", "keine ahnung", "kp", "ka", "keine idee", "unsicher", "no idea", "dont know", "don t know", "not sure"),
    ];

    private static List<Choice> PathChoices(bool english) =>
    [
        new(Categories.Ausbildung, english ? "Apprenticeship" : "Ausbildung", "lehre", "azubi", "ausbildungsplatz", "apprenticeship", "training"),
        new(Categories.Studium, english ? "Studies" : "Studium", "uni", "universitaet", "hochschule", "studieren", "fh", "study", "university", "college"),
        new(Categories.Praktikum, english ? "Internship" : "Praktikum", "praktika", "schnuppern", "schnupperpraktikum", "internship", "work experience"),
        new(SearchProfile.Any, CareerOrientationTexts.NotSure.In(english), "weiss nicht", "unklar", "mal sehen", "egal", "keine ahnung", "not sure", "dont know", "don t know"),
    ];
}
