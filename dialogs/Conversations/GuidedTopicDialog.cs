using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.Knowledge;
using TrierBot.Dialogs.State;
using TrierBot.Dialogs.Texts;
using TrierBot.Knowledge;
using TrierBot.Knowledge.Model;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// The one engine that runs every guided topic (<see cref="TopicCatalog"/>). Each turn: understand the whole
/// message (<see cref="MessageReader"/>) → fill every slot it carries, say so briefly when a value was corrected →
/// decide: answer a question on the way, show offers as soon as the topic's needed slots are known (at most two
/// questions before), ask the one most useful missing slot, or switch topic when the message clearly belongs to
/// another and answers nothing here. State lives in the conversation's <see cref="SearchProfile"/>.
/// </summary>
public sealed partial class GuidedTopicDialog(TrierStateAccessors accessors, KnowledgeLookup lookup, TimeProvider time) : Dialog(nameof(GuidedTopicDialog))
{
    /// <summary>Questions asked before the first offers, at most.</summary>
    public const int MaxQuestionsBeforeOffers = 2;

    /// <summary>A needed slot is asked at most this often, then skipped.</summary>
    public const int MaxAsks = 2;

    /// <summary>A new topic mid-way must be this clear (and answer nothing here) to switch.</summary>
    public const double TopicSwitchThreshold = 0.6;

    public const int PageSize = 3;

    /// <summary>An intent this sure decides the topic even where another topic's cues are named more often.</summary>
    public const double ConfidentIntent = 0.85;

    /// <summary>From this age on a writer is addressed with "Sie": pupils, trainees and students are "du".</summary>
    public const int AdultWriterAge = 25;

    private const string PhoneSlot = "Phone";
    private const string TopicSlot = "Topic";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        => TurnAsync(dc, StateValue.As<string>(options), cancellationToken);

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        => TurnAsync(dc, null, cancellationToken);

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var data = await accessors.GetDataAsync(turnContext, cancellationToken);
        var topic = TopicCatalog.Find(data.Profile.Topic);
        var slot = topic?.Slots.FirstOrDefault(s => s.Name == data.Profile.PendingSlot);
        if (slot is not null)
        {
            var register = RegisterOf(turnContext, data, topic);
            await SendAsync(turnContext, PromptFor(slot, data.Profile, register, IsYoungWriter(data)).In(register), cancellationToken);
        }
    }

    /// <summary>How the bot addresses the person: English per message; "Sie" in the literacy path, for adults and for whoever asks for someone else.</summary>
    public static Register RegisterOf(ITurnContext turnContext, ConversationData data, TopicDescriptor? topic = null)
    {
        if (DialogLocale.IsEnglish(turnContext))
        {
            return Register.English;
        }

        var profile = data.Profile;
        topic ??= TopicCatalog.Find(profile.Topic);
        if (topic?.AlwaysFormal == true)
        {
            return Register.Sie;
        }

        if (data.WriterAge is { } writer)
        {
            // in adult education a 20-year-old is "Sie"; among pupils and trainees up to 25 is "du"
            return writer >= (topic?.AdultAudience == true ? 18 : AdultWriterAge) ? Register.Sie : Register.Du;
        }

        if (data.WritesFormally || data.AddressedFormally)
        {
            return Register.Sie;
        }

        if (data.WritesInformally)
        {
            return Register.Du;
        }

        if (Persons.IsSomeoneElse(profile.ForWhom))
        {
            return Register.Sie;
        }

        if (profile.Age is { } age)
        {
            return age >= 18 ? Register.Sie : Register.Du;
        }

        return topic?.AdultAudience == true ? Register.Sie : Register.Du;
    }

    private async Task<DialogTurnResult> TurnAsync(DialogContext dc, string? startTopic, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        var data = await accessors.GetDataAsync(turnContext, cancellationToken);
        if (string.IsNullOrWhiteSpace(turnContext.Activity.Text))
        {
            return EndOfTurn;
        }

        var utterance = TurnUtterance.Get(turnContext);
        var message = MessageReader.Read(turnContext);
        data.WritesFormally |= FormalWriting().IsMatch(utterance.Text);
        data.WritesInformally |= InformalWriting().IsMatch(message.Normalized) || utterance.Text.Any(char.IsSurrogate);
        if (message.ForWhom == Persons.Self && message.Age is { } own)
        {
            data.WriterAge = own;
        }
        var profile = data.Profile;
        if (startTopic is not null && profile.Topic != startTopic)
        {
            profile = data.Profile = profile.ForNewTopic(startTopic);
        }

        // Understand: another person, another topic?
        var switched = false;
        if (IsNewPerson(profile, message))
        {
            profile = data.Profile = profile.ForNewPerson(CandidateTopic(utterance, message, message.Age)?.Intent ?? profile.Topic);
            switched = true;
        }

        var current = TopicCatalog.Find(profile.Topic);
        if (current is not null && TopicForAge(current, message.Age ?? profile.Age, message.Categories) is var forAge && forAge != current)
        {
            profile = data.Profile = profile.ForOtherTopicSameWish(forAge.Intent);
            current = forAge;
            switched = true;
        }

        var candidate = CandidateTopic(utterance, message, message.Age ?? profile.Age);
        if (current is null && candidate is not null)
        {
            profile.Topic = candidate.Intent;
            current = candidate;
        }
        else if (current is not null && candidate is not null && candidate != current && !switched
                 && utterance.TopIntent == candidate.Intent && message.Normalized.Contains(' ')
                 // a clear intent, or a less sure one backed by a cue of the new topic that the current one does not know ("und Deutschkurs auch")
                 && (utterance.TopScore >= TopicSwitchThreshold || utterance.TopScore >= 0.4 && message.Categories.Any(candidate.CueCategories.Contains) && !message.Categories.Any(current.CueCategories.Contains))
                 && !AnswersAnything(current, message, profile) && message.Question is null or QuestionKinds.Other)
        {
            profile = data.Profile = profile.ForNewTopic(candidate.Intent);
            current = candidate;
            switched = true;
        }

        var isNewTopic = startTopic is not null || switched || profile.Shown is false && profile.AnsweredSlots.Count == 0 && profile.QuestionsBeforeOffers == 0;

        // Update what is known: every slot the message carries.
        var filled = current is null ? FillCommon(message, profile) : Fill(current, message, profile);
        // "15" to "Wie alt bist du?": the writer's own age.
        if (profile.ForWhom == Persons.Self && filled.Any(f => f.Slot == ProfileSlots.Age) && message.ForWhom is null or Persons.Self)
        {
            data.WriterAge = profile.Age;
        }

        var register = RegisterOf(turnContext, data, current);
        // once "Sie", always "Sie": a switch from the literacy path to career orientation does not turn to "du"
        data.AddressedFormally |= register == Register.Sie;
        foreach (var correction in filled.Where(f => f.Corrected))
        {
            await SendAsync(turnContext, CommonTexts.Understood.Format(register, correction.Value), cancellationToken);
        }

        if (current is null)
        {
            return await AskTopicAsync(dc, data, message, register, cancellationToken);
        }

        if (isNewTopic && current.Intro is { } intro && !profile.AnsweredSlots.Contains("Intro"))
        {
            profile.AnsweredSlots.Insert(0, "Intro");
            await SendAsync(turnContext, intro.In(register), cancellationToken);
        }

        // Decide: a question on the way first, then offers, or the one most useful question.
        var answered = await AnswerOnTheWayAsync(turnContext, data, current, message, register, cancellationToken);
        if (profile.PendingSlot == PhoneSlot && (message.Yes || message.No))
        {
            profile.PendingSlot = null;
            if (message.Yes)
            {
                await GivePhoneAsync(turnContext, current, profile, register, cancellationToken);
            }

            answered = true;
        }

        if (IsMore(message) && profile.Shown)
        {
            await ShowMoreAsync(turnContext, data, register, cancellationToken);
            return EndOfTurn;
        }

        var missing = profile.Shown ? null : NextMissing(current, profile);
        if (missing is not null && profile.QuestionsBeforeOffers < MaxQuestionsBeforeOffers)
        {
            data.FailedUnderstandings = 0;
            await AskAsync(turnContext, missing, profile, register, IsYoungWriter(data), cancellationToken);
            return EndOfTurn;
        }

        if (!profile.Shown || profile.Dirty)
        {
            data.FailedUnderstandings = 0;
            await ShowOffersAsync(turnContext, data, current, register, cancellationToken);
            return EndOfTurn;
        }

        if (answered || filled.Count > 0 || message.IsFiller || IsThanks(utterance, message))
        {
            data.FailedUnderstandings = 0;
            if (!answered && filled.Count == 0 && IsThanks(utterance, message))
            {
                await SendAsync(turnContext, CommonTexts.Goodbye.In(register), cancellationToken);
            }

            return EndOfTurn;
        }

        // Nothing in the message could be used: a real misunderstanding. The interruption layer counts them and
        // offers a person at the second in a row (InterruptibleDialog), so this says only "not understood".
        if (data.FailedUnderstandings + 1 < InterruptibleDialog.FailuresBeforeHumanOffer)
        {
            await SendAsync(turnContext, CommonTexts.NotUnderstood.In(register), cancellationToken);
        }

        PromptRetries.MarkRetried(turnContext);
        return EndOfTurn;
    }

    private static bool IsNewPerson(SearchProfile profile, MessageReading message)
        => message.ForWhom is { } who && who != Persons.Self && (profile.ForWhom ?? Persons.Self) is var had && (who != had || message.Gender is { } g && profile.Gender is { } pg && g != pg)
           // after offers for someone unnamed, only another person with an age of their own is a new profile ("meine Schwester, die is 8")
           && (message.Age is not null || message.Categories.Count > 0 && profile.ForWhom is not null) && profile.Shown;

    /// <summary>
    /// The topic the message points to: a topic named outright ("MINT"), else the recognizer's intent unless
    /// another topic's cue categories are named more often ("games" and "Computer" are MINT more than career),
    /// else the topic whose cue categories the message names most (in catalog order on a tie). Only topics whose
    /// offers suit the age count: a 12-year-old into technology is sent to MINT, not to career orientation.
    /// </summary>
    public static TopicDescriptor? CandidateTopic(Utterance utterance, MessageReading message, int? age)
    {
        if (TopicCatalog.All.FirstOrDefault(t => t.NameWords.Any(w => ChoiceMatcher.ContainsPhrase(message.Normalized, w))) is { } named)
        {
            return named;
        }

        bool Suits(TopicDescriptor t) => age is null || age >= t.MinAge && age <= t.MaxAge;
        var cued = TopicCatalog.All
            .Select(t => (Topic: t, Cues: message.Categories.Count(t.CueCategories.Contains)))
            .Where(x => x.Cues > 0)
            .OrderByDescending(x => x.Cues)
            .ToList();
        // among the topics for this age; if none is, the one the cues name (a 12-year-old into Kita work: the search says what is near)
        var byCues = cued.FirstOrDefault(x => Suits(x.Topic)) is { Topic: not null } suited ? suited : cued.FirstOrDefault();
        var byIntent = utterance.TopScore >= 0.4 ? TopicCatalog.Find(utterance.TopIntent) : null;
        if (byIntent is not null && Suits(byIntent))
        {
            var own = message.Categories.Count(byIntent.CueCategories.Contains);
            return byCues.Topic is { } other && byCues.Cues > own && utterance.TopScore < ConfidentIntent ? other : byIntent;
        }

        return byCues.Topic ?? (byIntent is not null ? TopicForAge(byIntent, age, message.Categories) : null);
    }

    /// <summary>
    /// The topic for someone outside <paramref name="topic"/>'s ages (<see cref="TopicDescriptor.ForYounger"/>,
    /// <see cref="TopicDescriptor.ForOlder"/>). A younger person goes there only if the message names nothing that
    /// topic does not know ("kann nicht gut lesen" at 10 stays, and the search says honestly what fits).
    /// </summary>
    public static TopicDescriptor TopicForAge(TopicDescriptor topic, int? age, IReadOnlyList<string> categories)
    {
        if (age is not { } a || a >= topic.MinAge && a <= topic.MaxAge)
        {
            return topic;
        }

        if (a < topic.MinAge)
        {
            return TopicCatalog.Find(topic.ForYounger) is { } younger && a >= younger.MinAge && (categories.Count == 0 || categories.Any(younger.CueCategories.Contains)) ? younger : topic;
        }

        return TopicCatalog.Find(topic.ForOlder) ?? topic;
    }

    /// <summary>Whether the message fills a slot of <paramref name="topic"/> (on a copy: nothing changes).</summary>
    private static bool AnswersAnything(TopicDescriptor topic, MessageReading message, SearchProfile profile)
    {
        var copy = new SearchProfile { Topic = profile.Topic, Interests = [.. profile.Interests], Subject = profile.Subject, Age = profile.Age, District = profile.District };
        return topic.Slots.Any(s => s.Name is not ProfileSlots.ForWhom && s.Read(message, copy, profile.PendingSlot == s.Name) is not null);
    }

    private static List<(string Slot, string Value, bool Corrected)> Fill(TopicDescriptor topic, MessageReading message, SearchProfile profile)
    {
        var filled = new List<(string, string, bool)>();
        foreach (var slot in topic.Slots)
        {
            var asked = profile.PendingSlot == slot.Name;
            var known = slot.IsKnown(profile);
            var value = slot.Read(message, profile, asked) ?? (asked ? ReadChoice(slot, message, profile) : null);
            if (value is null && asked && !known && (message.NoPreference || message.DontKnow) && slot.Name != ProfileSlots.Age)
            {
                slot.SetNoPreference(profile);
                value = SearchProfile.Any;
            }

            if (value is null)
            {
                continue;
            }

            profile.MarkAnswered(slot.Name);
            profile.Dirty = true;
            // A correction of something said before: acknowledged in a few words.
            filled.Add((slot.Name, value, known && slot.Name is ProfileSlots.Age or ProfileSlots.District && value != SearchProfile.Any || known && message.Correction && slot.Name is ProfileSlots.Interests));
        }

        // The person's own words go into the search text; after the offers only words about the topic change them.
        var aboutTopic = message.Categories.Count > 0 || message.Utterance.TopIntent == topic.Intent && message.Utterance.TopScore >= 0.5;
        // "Gibt es einen Spanischkurs?" asks for what the person looks for; "kostet das was?" asks about an offer.
        if (message.Question is null or QuestionKinds.Other && !message.IsFiller && !IsThanks(message.Utterance, message) && message.Words.Count > 0 && !message.WantsPhone && !IsMenuPick(message)
            && (!profile.Shown || aboutTopic) && filled.All(f => f.Item1 is not (ProfileSlots.District or ProfileSlots.Age) || aboutTopic))
        {
            var known = topic.SearchWords(profile).Concat(profile.Interests).Select(w => ChoiceMatcher.Normalize(w)).ToHashSet();
            var words = message.Words.Where(w => !known.Contains(w)).ToList();
            if (words.Count > 0)
            {
                profile.Words = [.. profile.Words.Union(words).TakeLast(12)];
                profile.Dirty = true;
            }

            if (message.Categories.Count > 0)
            {
                // "Spanischkurs", "Klavierunterricht": the words that named the wish, the category's own included
                profile.TopicWords = [.. profile.TopicWords.Union(message.Words).TakeLast(12)];
            }
        }

        return filled;
    }

    /// <summary>A button title or its number as the answer to the slot's own question.</summary>
    private static string? ReadChoice(SlotDescriptor slot, MessageReading message, SearchProfile profile)
    {
        if (slot.Choices is null || ChoiceMatcher.FindBest(MessageReader.WithoutEmoji(message.Utterance.Text), [.. slot.Choices(false), .. slot.Choices(true)]) is not { Score: >= 0.9 } choice)
        {
            return null;
        }

        switch (slot.Name)
        {
            case ProfileSlots.Interests:
                profile.Interests = [choice.Value];
                return choice.Value;
            case ProfileSlots.Subject:
                profile.Subject = choice.Value;
                return choice.Value;
            default:
                return null;
        }
    }

    private static List<(string Slot, string Value, bool Corrected)> FillCommon(MessageReading message, SearchProfile profile)
    {
        var filled = new List<(string, string, bool)>();
        foreach (var slot in new[] { CommonSlots.ForWhom(), CommonSlots.Age(3, 99), CommonSlots.District(), CommonSlots.When() })
        {
            if (slot.Read(message, profile, profile.PendingSlot == slot.Name) is { } value)
            {
                filled.Add((slot.Name, value, false));
            }
        }

        return filled;
    }

    private static SlotDescriptor? NextMissing(TopicDescriptor topic, SearchProfile profile)
        => topic.Slots.FirstOrDefault(s => s.Need == SlotNeed.BeforeOffers && s.AppliesTo(profile) && !s.IsKnown(profile) && profile.Asked.GetValueOrDefault(s.Name) < MaxAsks);

    /// <summary>The age is asked of the writer, of the other person, or — before we know who — of the offer.</summary>
    private static RegisterText PromptFor(SlotDescriptor slot, SearchProfile profile, Register register, bool youngWriter)
        => slot.Name != ProfileSlots.Age ? slot.Prompt
            : profile.ForWhom == Persons.Self || register == Register.Du && youngWriter ? CommonTexts.AskAgeSelf
            : Persons.IsSomeoneElse(profile.ForWhom) ? CommonTexts.AskAgeOther
            : CommonTexts.AskAge;

    private static bool IsYoungWriter(ConversationData data) => data.WritesInformally || data.WriterAge < AdultWriterAge;

    private static async Task AskAsync(ITurnContext turnContext, SlotDescriptor slot, SearchProfile profile, Register register, bool youngWriter, CancellationToken cancellationToken)
    {
        profile.PendingSlot = slot.Name;
        profile.Asked[slot.Name] = profile.Asked.GetValueOrDefault(slot.Name) + 1;
        profile.QuestionsBeforeOffers++;
        var prompt = PromptFor(slot, profile, register, youngWriter);
        var activity = (Activity)MessageFactory.Text(prompt.In(register));
        if (slot.Choices?.Invoke(register == Register.English) is { Count: > 0 } choices)
        {
            activity = ChoiceRenderer.Render(turnContext.Activity.ChannelId, activity, choices);
        }

        await turnContext.SendActivityAsync(activity, cancellationToken);
    }

    private async Task<DialogTurnResult> AskTopicAsync(DialogContext dc, ConversationData data, MessageReading message, Register register, CancellationToken cancellationToken)
    {
        var turnContext = dc.Context;
        if (message.Question is not null && await lookup.FindFaqAsync(turnContext, message.Utterance.Text, cancellationToken) is { } faq)
        {
            await SendAsync(turnContext, faq.Answer, cancellationToken);
        }

        data.Profile.PendingSlot = TopicSlot;
        var english = register == Register.English;
        var activity = MessageFactory.Text(CommonTexts.AskTopic.In(register));
        if (Channel.SupportsSuggestedActions(turnContext.Activity.ChannelId))
        {
            activity.SuggestedActions = new SuggestedActions
            {
                Actions = [.. MainDialog.TopicChoices(english).Select(c => new CardAction(ActionTypes.ImBack, c.DisplayTitle, value: c.DisplayTitle))],
            };
        }

        await turnContext.SendActivityAsync(activity, cancellationToken);
        return EndOfTurn;
    }

    // ---- offers ------------------------------------------------------------------------------------------

    private async Task ShowOffersAsync(ITurnContext turnContext, ConversationData data, TopicDescriptor topic, Register register, CancellationToken cancellationToken)
    {
        var profile = data.Profile;
        var words = topic.SearchWords(profile).Concat(profile.Interests.Where(i => i != SearchProfile.Any)).Concat(profile.Words).Distinct().ToList();
        var query = new SearchQuery
        {
            Text = string.Join(" ", words.Count > 0 ? words : [topic.OfficeTopic(profile)]),
            Sources = topic.Sources,
            Age = profile.Age,
            From = profile.From,
            To = profile.To,
            Categories = [.. topic.SearchCategories(profile)],
            Top = 12,
        };
        var result = await lookup.SearchOffersAsync(turnContext, query, cancellationToken);
        profile.LastSearch = SavedSearch.Of(result.Query);
        profile.Shown = true;
        profile.Dirty = false;
        profile.PendingSlot = null;
        var ranked = Rank(result.Hits, profile);
        if (!AnyMentions(ranked, words) || ranked.Count > 0 && !await DataKnowsTheWishAsync(turnContext, topic, profile.TopicWords, cancellationToken))
        {
            // Honest: offers that share none of the person's words ("Staplerschein", "Kitaplatz") are no fit.
            ranked = [];
        }

        profile.Ranked = [.. ranked.Select(r => r.Key)];
        profile.RankedShown = 0;
        Monitoring.DemandSignal.SearchEnded(turnContext, profile, ranked.Count);
        var office = await lookup.FindOfficeAsync(turnContext, topic.OfficeTopic(profile), cancellationToken);
        if (ranked.Count == 0)
        {
            await SendAsync(turnContext, EngineTexts.NothingFits.In(register), cancellationToken);
            if (office is not null)
            {
                await turnContext.SendActivityAsync(MessageFactory.Attachment(OfferCards.ForOffice(office, register == Register.English)), cancellationToken);
            }

            return;
        }

        await SendPageAsync(turnContext, profile, (result.Widened ? EngineTexts.Widened : EngineTexts.Found).In(register), register, cancellationToken);
        if (office is not null && !profile.LastShown.Contains(office.Key))
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(OfferCards.ForOffice(office, register == Register.English), EngineTexts.Counselling.In(register)), cancellationToken);
        }

        if (topic.OffersPhone)
        {
            profile.PendingSlot = PhoneSlot;
            await SendAsync(turnContext, LiteracyTexts.AskPhone.In(register), cancellationToken);
        }
    }

    private async Task ShowMoreAsync(ITurnContext turnContext, ConversationData data, Register register, CancellationToken cancellationToken)
    {
        if (data.Profile.RankedShown >= data.Profile.Ranked.Count)
        {
            await SendAsync(turnContext, EngineTexts.NoMore.In(register), cancellationToken);
            return;
        }

        await SendPageAsync(turnContext, data.Profile, null, register, cancellationToken);
    }

    /// <summary>The next page of the ranked list, with refinements as suggested actions.</summary>
    private Task SendPageAsync(ITurnContext turnContext, SearchProfile profile, string? intro, Register register, CancellationToken cancellationToken)
    {
        var english = register == Register.English;
        var keys = profile.Ranked.Skip(profile.RankedShown).Take(PageSize).ToList();
        profile.RankedShown += keys.Count;
        profile.LastShown = keys;
        var cards = keys.Select(lookup.Find).Select(record => record switch
        {
            Offer offer => OfferCards.ForOffer(offer, profile, english, register == Register.Sie),
            CounsellingOffice office => OfferCards.ForOffice(office, english),
            _ => null,
        }).OfType<Attachment>().ToList();
        var message = MessageFactory.Carousel(cards, intro);
        if (Channel.SupportsSuggestedActions(turnContext.Activity.ChannelId))
        {
            var actions = new[] { CommonTexts.More, CommonTexts.RefineEvenings, CommonTexts.RefineWeekend, CommonTexts.RefineHolidays }
                .Select(t => new CardAction(ActionTypes.ImBack, t.In(english), value: t.In(english))).ToList();
            message.SuggestedActions = new SuggestedActions { Actions = actions };
        }

        return turnContext.SendActivityAsync(message, cancellationToken);
    }

    /// <summary>
    /// Relevance first, then what the person told us as preferences: the time wish met by the schedule, starting
    /// soon (or running) before months away, the own district — fitting offers elsewhere still come before
    /// unrelated ones nearby, because relevance decides whether an offer is in the list at all.
    /// </summary>
    private List<SearchHit> Rank(IReadOnlyList<SearchHit> hits, SearchProfile profile)
    {
        if (hits.Count == 0)
        {
            return [];
        }

        var now = time.GetLocalNow().DateTime;
        var wish = profile.Times.Aggregate(TimeOfWeek.None, (all, t) => Enum.TryParse<TimeOfWeek>(t, out var w) ? all | w : all);
        var top = hits.Max(h => h.Score);
        return [.. hits.Select((hit, index) => (hit, score: Preference(hit, top, index, wish, profile, now))).OrderByDescending(x => x.score).Select(x => x.hit)];
    }

    /// <summary>
    /// Whether the topic's data knows what the wish was named with. The words that name a subject ("Spanischkurs",
    /// "Friseurin", "Klavierunterricht" — not the kind of offer, "Praktikum") each point to a broad category whose
    /// offers would rank first; if the data knows none of them, none of those offers is what was asked for.
    /// Without such a word, all the words of the wish's messages together must be known to the data.
    /// </summary>
    private async Task<bool> DataKnowsTheWishAsync(ITurnContext turnContext, TopicDescriptor topic, IReadOnlyList<string> wishWords, CancellationToken cancellationToken)
    {
        if (wishWords.Count == 0)
        {
            return true;
        }

        var subjects = wishWords.Where(w => CategoryWords.Of(w).Any(c => c is not (Categories.Ausbildung or Categories.Studium or Categories.Praktikum))).ToList();
        foreach (var subject in subjects)
        {
            if (await lookup.KnowsWordsAsync(turnContext, subject, topic.Sources, cancellationToken))
            {
                return true;
            }
        }

        return subjects.Count == 0 && await lookup.KnowsWordsAsync(turnContext, string.Join(" ", wishWords), topic.Sources, cancellationToken);
    }

    /// <summary>
    /// Whether some offer mentions one of the person's own words (by its stem: "autos" finds "Auto") or one of
    /// the categories they named. Without own words the categories alone decided, and the search's ranking stands.
    /// </summary>
    private static bool AnyMentions(List<SearchHit> hits, IReadOnlyList<string> words)
    {
        var stems = words.Select(w => ChoiceMatcher.Normalize(w)).Where(w => w.Length >= 3).Select(w => w.Length >= 6 ? w[..5] : w.Length == 5 ? w[..4] : w).ToList();
        if (hits.Count == 0 || stems.Count == 0)
        {
            return hits.Count > 0;
        }

        return hits.Any(h => h.Record is not Offer offer
            || ChoiceMatcher.Normalize(string.Join(" ", [offer.Title, offer.Description, .. offer.Keywords, .. offer.Categories])) is var text
               && stems.Any(s => text.Contains(s, StringComparison.Ordinal)));
    }

    private static double Preference(SearchHit hit, double top, int index, TimeOfWeek wish, SearchProfile profile, DateTime now)
    {
        var score = top > 0 ? hit.Score / top : 1.0 / (index + 1);
        if (hit.Record is not Offer offer)
        {
            return score;
        }

        score += 0.3 * TimeOfWeekParser.Fit(wish, TimeOfWeekParser.ParseSchedule(offer.Schedule));
        if (offer.Start is { } start && start > now.AddDays(120))
        {
            score -= 0.3;
        }
        else if (offer.Start is not { } begins || begins <= now.AddDays(45))
        {
            score += 0.1;
        }

        if (profile.District is { } district && string.Equals(district, offer.District, StringComparison.OrdinalIgnoreCase))
        {
            score += 0.15;
        }

        return score;
    }

    // ---- questions on the way ------------------------------------------------------------------------------

    private async Task<bool> AnswerOnTheWayAsync(ITurnContext turnContext, ConversationData data, TopicDescriptor topic, MessageReading message, Register register, CancellationToken cancellationToken)
    {
        var profile = data.Profile;
        if (message.AsksForEnglish)
        {
            await SendAsync(turnContext, EngineTexts.InEnglish.In(Register.English), cancellationToken);
            return true;
        }

        if (message.WantsPhone && (message.Question is not null || message.Yes || message.Utterance.Text.Contains("lieber", StringComparison.OrdinalIgnoreCase) || profile.PendingSlot == PhoneSlot || message.Normalized.Split(' ').Length <= 6))
        {
            profile.PendingSlot = null;
            await GivePhoneAsync(turnContext, topic, profile, register, cancellationToken);
            return true;
        }

        if (message.Question is not { } question)
        {
            return false;
        }

        var shown = profile.LastShown.Select(lookup.Find).OfType<Offer>().FirstOrDefault();
        var answer = question switch
        {
            QuestionKinds.WhatIsMint => MintTexts.WhatIsMint.In(register),
            QuestionKinds.Cost when shown is not null => CostAnswer(shown, register),
            QuestionKinds.Registration when shown is not null => RegistrationAnswer(shown, register),
            QuestionKinds.When when shown is not null => EngineTexts.WhenIs.Format(register, shown.Title, OfferCards.WhenText(shown, register == Register.English)),
            QuestionKinds.Where when shown is not null => EngineTexts.WhereIs.Format(register, shown.Title, OfferCards.WhereText(shown, register == Register.English)),
            _ => null,
        };
        if (question == QuestionKinds.Anonymity)
        {
            await AnswerAnonymityAsync(turnContext, register, cancellationToken);
            return true;
        }

        // The FAQ is written in German for adults: not for English or "du" conversations.
        if (answer is null && register == Register.Sie && await lookup.FindFaqAsync(turnContext, message.Utterance.Text, cancellationToken) is { } faq)
        {
            answer = faq.Answer;
        }

        if (answer is null)
        {
            return false;
        }

        await SendAsync(turnContext, answer, cancellationToken);
        return true;
    }

    private static string CostAnswer(Offer offer, Register register)
    {
        var english = register == Register.English;
        var text = offer.Cost switch
        {
            0 => EngineTexts.CostFree.Format(register, offer.Title),
            { } => EngineTexts.CostAmount.Format(register, offer.Title, OfferCards.CostText(offer, english)),
            null => EngineTexts.CostUnknown.Format(register, offer.Title, offer.Phone ?? offer.Email ?? offer.Url ?? ""),
        };
        return offer.CostNote is { Length: > 0 } note ? $"{text} ({note})" : text;
    }

    private static string RegistrationAnswer(Offer offer, Register register) => offer.RegistrationRequired switch
    {
        true => EngineTexts.RegistrationNeeded.Format(register, offer.Title, offer.RegistrationUrl is { } url ? $": {url}" : offer.Phone is { } phone ? $": {phone}" : ""),
        false => EngineTexts.RegistrationNotNeeded.Format(register, offer.Title),
        null => EngineTexts.RegistrationUnknown.Format(register, offer.Title, offer.Phone ?? offer.Email ?? ""),
    };

    /// <summary>From the offices' own <c>anonymous</c> field: the anonymous line is named with its number.</summary>
    private async Task AnswerAnonymityAsync(ITurnContext turnContext, Register register, CancellationToken cancellationToken)
    {
        var hits = await lookup.SearchAsync(turnContext, new SearchQuery { Text = "anonym vertraulich Telefon Beratung", Sources = [KnowledgeSources.Beratung], Top = 5 }, cancellationToken);
        var office = hits.Select(h => h.Record).OfType<CounsellingOffice>().FirstOrDefault(o => o.Anonymous == true);
        await SendAsync(turnContext, EngineTexts.Anonymous.In(register), cancellationToken);
        if (office is not null)
        {
            await turnContext.SendActivityAsync(MessageFactory.Attachment(OfferCards.ForOffice(office, register == Register.English)), cancellationToken);
        }
    }

    /// <summary>"ja telefon", "lieber anrufen": the number of the topic's office, not the chat queue.</summary>
    private async Task GivePhoneAsync(ITurnContext turnContext, TopicDescriptor topic, SearchProfile profile, Register register, CancellationToken cancellationToken)
    {
        var office = await lookup.FindOfficeAsync(turnContext, topic.OfficeTopic(profile), cancellationToken);
        if (office?.Phone is not { Length: > 0 } phone)
        {
            await SendAsync(turnContext, CommonTexts.NoPhone.In(register), cancellationToken);
            return;
        }

        var text = CommonTexts.PhoneIntro.Format(register, phone);
        if (office.OpeningHours is { Length: > 0 } hours)
        {
            text += " " + CommonTexts.PhoneHours.Format(register, hours);
        }

        await turnContext.SendActivityAsync(MessageFactory.Attachment(OfferCards.ForOffice(office, register == Register.English), text), cancellationToken);
    }

    /// <summary>A menu button ("Ausbildung & Studium") names the topic, not what the person looks for.</summary>
    public static bool IsMenuPick(MessageReading message)
        => MainDialog.TopicChoices(false).Concat(MainDialog.TopicChoices(true)).Any(c => ChoiceMatcher.Normalize(c.DisplayTitle) == message.Normalized);

    private static bool IsMore(MessageReading message) => message.Normalized is "mehr" or "more" or "weitere" or "mehr bitte" or "noch mehr" or "show more";

    private static bool IsThanks(Utterance utterance, MessageReading message)
        => utterance.TopIntent == IntentNames.Goodbye || message.Normalized.Contains("danke", StringComparison.Ordinal) || message.Normalized.Contains("thank", StringComparison.Ordinal)
           || message.Normalized.Contains("thx", StringComparison.Ordinal) || message.Normalized is "schade";

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:Guten Tag|Grüß Gott|Sie|Ihnen|Ihr|Ihre|Herzlichen Dank|Vielen Dank|Sehr geehrte)\b")]
    private static partial System.Text.RegularExpressions.Regex FormalWriting();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:yo|ey|digga|moin|kp|bock|safe|hast du|kannst du|weisst du|hey|heyy|nice|krass|alter|bro)\b")]
    private static partial System.Text.RegularExpressions.Regex InformalWriting();

    private static Task SendAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync(MessageFactory.Text(text), cancellationToken);
}
