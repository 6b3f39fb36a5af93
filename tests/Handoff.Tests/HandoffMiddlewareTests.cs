using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TrierBot.Handoff.Tests;

/// <summary>The hand-off as the user lives it, through the SDK's TestAdapter: escalate, wait, talk to a person, back to the bot.</summary>
public sealed class HandoffMiddlewareTests : IDisposable
{
    private readonly HandoffHarness _h = new();

    public void Dispose() => _h.Dispose();

    [Fact]
    public async Task Initiate_DialogSendsEvent_QueuedForTeamWithSummaryAndUserToldWhatHappens()
    {
        var replies = await _h.SayAsync("Ich möchte mit einem Menschen reden");

        Assert.Contains(replies, a => a.Type == ActivityTypes.Event && ((IEventActivity)a).Name == HandoffEventNames.InitiateHandoff);
        var notice = Assert.Single(HandoffHarness.Texts(replies));
        Assert.Contains("Warteschlange beim Team Grundbildung", notice);
        Assert.Contains("5 Minuten", notice);
        Assert.Contains("abbrechen", notice);
        var queued = _h.OpenCase!;
        Assert.Equal(HandoffCaseStatus.Waiting, queued.Status);
        Assert.Equal(HandoffTeams.Grundbildung, queued.Team);
        Assert.Equal(34, queued.Summary.Age);
        Assert.Equal("Trier-Nord", queued.Summary.District);
        Assert.Equal("Lesekurs", queued.Summary.Searched);
        var transcript = _h.Store.Transcript(queued.Id);
        Assert.Equal(["Ich suche einen Lesekurs", "Hier sind zwei Lerncafés."], transcript.Take(2).Select(t => t.Text));
        Assert.Equal(TranscriptEntry.UserRole, transcript[0].Role);
    }

    [Fact]
    public async Task Initiate_DialogSaidSie_QueueTextsSaySieToo()
    {
        using var h = new HandoffHarness(register: "Sie");

        var notice = Assert.Single(HandoffHarness.Texts(await h.SayAsync("Ich möchte mit einem Menschen reden")));
        var cancelled = Assert.Single(HandoffHarness.Texts(await h.SayAsync("abbrechen")));

        Assert.StartsWith("Sie sind jetzt in der Warteschlange", notice);
        Assert.Contains("Ich bin wieder für Sie da", cancelled);
        Assert.DoesNotMatch(@"\b(du|dich|dir|dein|deine)\b", notice + " " + cancelled);
    }

    [Theory]
    [InlineData("CareerOrientation", HandoffTeams.Berufsorientierung)]
    [InlineData("Literacy", HandoffTeams.Grundbildung)]
    [InlineData("Mint", HandoffTeams.Mint)]
    [InlineData("Counselling", HandoffTeams.Bildungsberatung)]
    [InlineData("CourseSearch", HandoffTeams.Bildungsberatung)]
    [InlineData("Ausbildung", HandoffTeams.Berufsorientierung)]
    public async Task Initiate_Topic_GoesToThatTeamsQueue(string topic, string team)
    {
        using var h = new HandoffHarness(topic: topic);

        await h.SayAsync("Mensch bitte");

        Assert.Equal(team, h.OpenCase!.Team);
    }

    [Fact]
    public async Task UserMessage_WhileWaiting_BotSilentAndMessageInTranscript()
    {
        var queued = await _h.EscalateAsync();

        var replies = await _h.SayAsync("Hallo? Ist da jemand?");

        Assert.Empty(replies);
        Assert.Equal("Hallo? Ist da jemand?", _h.Store.Transcript(queued.Id).Last().Text);
    }

    [Fact]
    public async Task UserMessage_WhileCounsellorOwns_BotSilentAndCounsellorRepliesReachUser()
    {
        var queued = await _h.EscalateAsync();
        var lines = new List<LiveUpdate>();
        using var console = _h.Live.Subscribe(HandoffHarness.Anna);

        Assert.Equal(HandoffResult.Done, await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Anna, default));
        var accepted = _h.Drain();
        Assert.Contains(accepted, a => a is IEventActivity { Name: HandoffEventNames.HandoffStatus } e && JObject.FromObject(e.Value)["state"]!.ToString() == "accepted");
        Assert.Contains("Anna (Demo) vom Bildungsbüro ist jetzt für dich da.", HandoffHarness.Texts(accepted));

        Assert.Empty(await _h.SayAsync("Ich kann nicht gut lesen"));
        while (console.Reader.TryRead(out var update)) lines.Add(update);
        Assert.Contains(lines, u => u.Kind == LiveUpdate.Line && u.CaseId == queued.Id && u.Data!.ToString()!.Contains("Ich kann nicht gut lesen"));

        await _h.Queue.SendMessageAsync(queued.Id, HandoffHarness.Anna, "Das macht nichts. Wir finden etwas.", default);
        var reply = Assert.Single(_h.Drain());
        // The test channel shows no sender names: the name stands in front of the text; the marker says "a person".
        Assert.Equal("Anna (Demo) (Beratung): Das macht nichts. Wir finden etwas.", ((IMessageActivity)reply).Text);
        Assert.Equal("Anna (Demo)", reply.From.Name);
        Assert.Equal(RoleTypes.Bot, reply.From.Role);
        Assert.True(CounsellorMessages.IsFromCounsellor(reply));
        Assert.Equal(["user", "counsellor"], _h.Store.Transcript(queued.Id).TakeLast(2).Select(t => t.Role));
    }

    [Fact]
    public async Task Accept_SecondCounsellor_Conflict()
    {
        var queued = await _h.EscalateAsync();
        var colleague = new CounsellorIdentity("clara", "Clara (Demo)", [HandoffTeams.Grundbildung]);

        await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Anna, default);

        Assert.Equal(HandoffResult.Conflict, await _h.Queue.AcceptAsync(queued.Id, colleague, default));
        Assert.Equal(HandoffResult.NotFound, await _h.Queue.SendMessageAsync(queued.Id, colleague, "Hallo", default));
    }

    [Fact]
    public async Task Accept_CounsellorOfOtherTeam_NotFound()
    {
        var queued = await _h.EscalateAsync();

        Assert.Equal(HandoffResult.NotFound, await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Ben, default));
    }

    [Theory]
    [InlineData("abbrechen")]
    [InlineData("Abbrechen!")]
    [InlineData("cancel")]
    public async Task Cancel_WhileWaiting_LeavesQueueAndBotAnswersAgain(string cancel)
    {
        var queued = await _h.EscalateAsync();

        var texts = await _h.SayTextsAsync(cancel);

        Assert.Contains("nicht mehr in der Warteschlange", Assert.Single(texts));
        Assert.Null(_h.OpenCase);
        Assert.Equal(HandoffCaseStatus.Closed, _h.Store.FindCase(queued.Id)!.Status);
        Assert.Equal(["Bot (neu): Wo finde ich ein Lerncafé?"], await _h.SayTextsAsync("Wo finde ich ein Lerncafé?"));
    }

    [Fact]
    public async Task Cancel_WhileCounsellorOwns_GoesToCounsellorNotBot()
    {
        var queued = await _h.EscalateAsync();
        await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Anna, default);
        _h.Drain();

        Assert.Empty(await _h.SayAsync("abbrechen"));
        Assert.Equal(HandoffCaseStatus.Active, _h.OpenCase!.Status);
    }

    [Fact]
    public async Task Timeout_NobodyAccepts_UserToldHonestlyOnceAndCallbackStored()
    {
        var queued = await _h.EscalateAsync();
        _h.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal(0, await _h.Timeouts.RunOnceAsync(default));
        Assert.Empty(_h.Drain());

        _h.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, await _h.Timeouts.RunOnceAsync(default));
        var offer = (IMessageActivity)Assert.Single(_h.Drain());
        Assert.Contains("alle Beraterinnen und Berater beschäftigt", offer.Text);
        Assert.Contains(offer.SuggestedActions.Actions, a => a.Title == "Rückruf");
        Assert.Equal(0, await _h.Timeouts.RunOnceAsync(default));

        Assert.Contains("Telefonnummer", Assert.Single(await _h.SayTextsAsync("Rückruf")));
        Assert.Contains("rufen dich so bald wie möglich zurück", Assert.Single(await _h.SayTextsAsync("0651 9990-1234")));

        var request = Assert.Single(_h.Store.Callbacks());
        Assert.Equal((CallbackRequest.Phone, "0651 9990-1234", HandoffTeams.Grundbildung), (request.Kind, request.Contact, request.Team));
        Assert.Null(_h.OpenCase);
        Assert.Equal(HandoffCaseStatus.Closed, _h.Store.FindCase(queued.Id)!.Status);
        Assert.Equal(["Bot (neu): danke"], await _h.SayTextsAsync("danke"));
    }

    [Fact]
    public async Task Timeout_UserChoosesEmailThenContacts_BothAnswered()
    {
        await _h.EscalateAsync();
        _h.Clock.Advance(TimeSpan.FromMinutes(6));
        await _h.Timeouts.RunOnceAsync(default);
        _h.Drain();

        Assert.Contains("0651 9990-1000", Assert.Single(await _h.SayTextsAsync("Kontaktdaten")));
        Assert.Contains("E-Mail-Adresse", Assert.Single(await _h.SayTextsAsync("E-Mail")));
        await _h.SayAsync("lea@example.org");

        Assert.Equal((CallbackRequest.Email, "lea@example.org"), (_h.Store.Callbacks()[0].Kind, _h.Store.Callbacks()[0].Contact));
    }

    [Fact]
    public async Task Initiate_OutsideOfficeHours_ToldHonestlyWithHoursAndOffer()
    {
        using var h = new HandoffHarness(ManualClock.OfficeClosed);

        var replies = await h.SayAsync("Mensch bitte");

        // Saturday night: no "soon", but when someone is back, the callback offer and the office's own contacts.
        var offer = (IMessageActivity)Assert.Single(replies, a => a.Type == ActivityTypes.Message);
        Assert.StartsWith("Gerade ist leider niemand im Büro – wir sind Mo–Fr 8–16 Uhr für dich da, das nächste Mal am Montag ab 8 Uhr.", offer.Text, StringComparison.Ordinal);
        Assert.Contains(h.Options_.ContactText, offer.Text);
        Assert.DoesNotContain("gleich", offer.Text);
        Assert.DoesNotContain("Sobald jemand frei ist", offer.Text);
        Assert.Contains(offer.SuggestedActions.Actions, a => a.Title == HandoffTexts.CallbackChoice(false));
        Assert.True(h.OpenCase!.OfferMade);
    }

    [Fact]
    public async Task Initiate_EnglishUser_AnsweredInEnglish()
    {
        var texts = await _h.SayTextsAsync("I want to talk to a human");

        Assert.Contains("You are now in the queue", Assert.Single(texts));
        Assert.Contains("Okay, you have left the queue", Assert.Single(await _h.SayTextsAsync("cancel")));
    }

    [Fact]
    public async Task HandBack_ByCounsellor_DialogRestartsCleanAndBotAnswersAgain()
    {
        await _h.SayAsync("merk dir schritt-3");
        Assert.Equal(["Bot (schritt-3): und?"], await _h.SayTextsAsync("und?"));
        var queued = await _h.EscalateAsync();
        await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Anna, default);
        _h.Drain();

        Assert.Equal(HandoffResult.Done, await _h.Queue.HandBackAsync(queued.Id, HandoffHarness.Anna, default));
        var handBack = _h.Drain();

        Assert.Contains(handBack, a => a is IEventActivity { Name: HandoffEventNames.HandoffStatus } e && JObject.FromObject(e.Value)["state"]!.ToString() == "completed");
        Assert.Contains("wieder mit mir, dem Bot", HandoffHarness.Texts(handBack).Single());
        Assert.Null(_h.OpenCase);
        Assert.Equal(["Bot (neu): Hallo Bot"], await _h.SayTextsAsync("Hallo Bot"));
    }

    [Fact]
    public async Task Transfer_ToOtherTeamWithNote_WaitsThereAndNoteStaysInternal()
    {
        var queued = await _h.EscalateAsync();
        await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Anna, default);
        _h.Drain();

        Assert.Equal(HandoffResult.Done, await _h.Queue.TransferAsync(queued.Id, HandoffHarness.Anna, "MINT", null, "möchte eigentlich Robotik", default));

        var told = HandoffHarness.Texts(_h.Drain()).Single();
        Assert.Contains("an das Team MINT weitergegeben", told);
        Assert.DoesNotContain("Robotik", told);
        var moved = _h.OpenCase!;
        Assert.Equal((HandoffCaseStatus.Waiting, HandoffTeams.Mint, (string?)null), (moved.Status, moved.Team, moved.Counsellor));
        Assert.Contains(_h.Store.Transcript(queued.Id), t => t.Role == TranscriptEntry.NoteRole && t.Text.Contains("möchte eigentlich Robotik"));
        Assert.Equal(HandoffResult.Done, await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Ben, default));
        Assert.Contains("Ben (Demo) vom Bildungsbüro", HandoffHarness.Texts(_h.Drain()).Single());
        Assert.Empty(await _h.SayAsync("Hallo?"));
    }

    [Fact]
    public async Task HandoffStatusFailed_FromAgentHub_UserToldAndBotAnswersAgain()
    {
        await _h.EscalateAsync();
        var failed = (Activity)EventFactory.CreateHandoffStatus(_h.Adapter.Conversation.Conversation, "failed", "no agents");
        failed.ApplyConversationReference(_h.Adapter.Conversation, isIncoming: true);

        await _h.Adapter.ProcessActivityAsync(failed, _h.Bot.OnTurnAsync, default);

        Assert.Contains("hat nicht geklappt", HandoffHarness.Texts(_h.Drain()).Single());
        Assert.Null(_h.OpenCase);
        Assert.Equal(["Bot (neu): hallo"], await _h.SayTextsAsync("hallo"));
    }

    [Theory]
    [InlineData("Lösche meine Daten", "Ja, löschen")]
    [InlineData("bitte lösch meine daten", "ja")]
    [InlineData("delete my data", "yes")]
    public async Task DeleteMyData_Confirmed_StateCaseAndCallbacksDeleted(string request, string yes)
    {
        await _h.SayAsync("merk dir geheim");
        var queued = await _h.EscalateAsync();
        _h.Clock.Advance(TimeSpan.FromMinutes(6));
        await _h.Timeouts.RunOnceAsync(default);
        await _h.SayAsync("Rückruf");
        await _h.SayAsync("0651 9990-4321");
        _h.Drain();
        var stateKey = $"test/conversations/{_h.Adapter.Conversation.Conversation.Id}";
        Assert.NotEmpty(await _h.Storage.ReadAsync([stateKey], default));

        var ask = Assert.Single(await _h.SayAsync(request));
        Assert.NotEmpty(((IMessageActivity)ask).SuggestedActions.Actions);
        var done = Assert.Single(await _h.SayTextsAsync(yes));

        Assert.True(done.Contains("gelöscht") || done.Contains("deleted"));
        Assert.Empty(await _h.Storage.ReadAsync([stateKey], default));
        Assert.Null(_h.Store.FindCase(queued.Id));
        Assert.Empty(_h.Store.Transcript(queued.Id));
        Assert.Empty(_h.Store.Callbacks());
        Assert.Equal(["Bot (neu): hallo"], await _h.SayTextsAsync("hallo"));
    }

    [Fact]
    public async Task DeleteMyData_WhileCounsellorOwnsTheCase_CaseLeavesQueueAndConsoleToldLive()
    {
        var queued = await _h.EscalateAsync();
        await _h.Queue.AcceptAsync(queued.Id, HandoffHarness.Anna, default);
        _h.Drain();
        using var console = _h.Live.Subscribe(HandoffHarness.Anna);

        await _h.SayAsync("Lösche meine Daten");
        var done = Assert.Single(await _h.SayAsync("ja"));

        Assert.StartsWith("Erledigt", ((IMessageActivity)done).Text, StringComparison.Ordinal);
        Assert.Empty(_h.Store.OpenCases());
        Assert.Null(_h.OpenCase);
        var updates = new List<LiveUpdate>();
        while (console.Reader.TryRead(out var update)) updates.Add(update);
        Assert.Contains(updates, u => u.Kind == LiveUpdate.Erased && u.CaseId == queued.Id);
    }

    [Fact]
    public async Task DeleteMyData_Declined_NothingDeleted()
    {
        await _h.SayAsync("merk dir wichtig");

        Assert.Contains("Soll ich alles löschen", Assert.Single(await _h.SayTextsAsync("Lösche meine Daten")));
        Assert.Equal(["Okay, ich habe nichts gelöscht."], await _h.SayTextsAsync("Nein"));

        Assert.Equal(["Bot (wichtig): noch da?"], await _h.SayTextsAsync("noch da?"));
    }

    [Fact]
    public async Task Retention_OldClosedCase_DeletedWithTranscript()
    {
        var queued = await _h.EscalateAsync();
        await _h.SayAsync("abbrechen");
        _h.Clock.Advance(TimeSpan.FromDays(_h.Options_.RetentionDays - 1));
        Assert.Equal(0, await _h.Eraser.EraseExpiredAsync(default));

        _h.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, await _h.Eraser.EraseExpiredAsync(default));

        Assert.Null(_h.Store.FindCase(queued.Id));
        Assert.Empty(_h.Store.Transcript(queued.Id));
    }
}
