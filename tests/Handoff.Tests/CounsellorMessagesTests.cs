using Microsoft.Bot.Schema;

namespace TrierBot.Handoff.Tests;

/// <summary>A counsellor is never mistaken for the bot: a name, a marker, and a prefix where the channel shows no names.</summary>
public sealed class CounsellorMessagesTests
{
    [Theory]
    [InlineData("anna", "", "Anna")]
    [InlineData("anna", "anna", "Anna")]
    [InlineData("anna.beispiel", null, "Anna Beispiel")]
    [InlineData("m_mustermann", " ", "M Mustermann")]
    [InlineData("lea@stadt.example.org", "", "Lea")]
    [InlineData("anna", "Frau Beispiel", "Frau Beispiel")]
    public void DisplayName_LoginAndAccountName_AccountNameElseCapitalisedLogin(string login, string? displayName, string shown)
    {
        Assert.Equal(shown, CounsellorMessages.DisplayName(login, displayName));
    }

    [Theory]
    [InlineData("telegram", false, "Anna (Beratung): Hallo!")]
    [InlineData("whatsapp", false, "Anna (Beratung): Hallo!")]
    [InlineData("whatsapp", true, "Anna (Counselling): Hallo!")]
    [InlineData("directline", false, "Hallo!")]
    public void Message_Channel_NamePrefixWhereTheChannelShowsNoNamesAndAlwaysTheMarker(string channel, bool english, string text)
    {
        var handoffCase = new HandoffCase { ChannelId = channel, Summary = new HandoffSummary { Language = english ? "en" : "de" } };

        var message = CounsellorMessages.Message(handoffCase, "anna", "Anna", "Hallo!");

        Assert.Equal(text, message.Text);
        Assert.Equal(("counsellor:anna", "Anna", RoleTypes.Bot), (message.From.Id, message.From.Name, message.From.Role));
        Assert.True(CounsellorMessages.IsFromCounsellor(message));
    }

    [Fact]
    public void Save_AccountWithoutName_ShownWithCapitalisedLogin()
    {
        var path = Path.Combine(Path.GetTempPath(), "trierbot-handoff-tests", Guid.NewGuid().ToString("N"), "handoff.db");
        using var store = new HandoffStore(path);

        var account = new CounsellorAccounts(store).Save("anna", "", [HandoffTeams.Grundbildung], "geheim-genug-123");

        Assert.Equal("Anna", account.DisplayName);
        Assert.Equal("Anna", store.FindAccount("anna")!.DisplayName);
    }
}
