using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>Fills the slots a message already answers, so that the guided dialogs do not ask for them again.</summary>
public static class SlotFilling
{
    public static readonly IReadOnlyList<string> CareerInterests =
        [Categories.Handwerk, Categories.Soziales, Categories.TechnikIt, Categories.Gesundheit, Categories.Pflege, Categories.Wirtschaft, Categories.Kreatives, Categories.Natur];

    public static readonly IReadOnlyList<string> CareerPaths = [Categories.Ausbildung, Categories.Studium, Categories.Praktikum];

    public static readonly IReadOnlyList<string> MintInterests =
        [Categories.Robotik, Categories.Programmieren, Categories.Experimente, Categories.Natur, Categories.TechnikIt, Categories.Mathematik, Categories.Astronomie];

    public static readonly IReadOnlyList<string> LiteracySubjects = [Categories.Lesen, Categories.Schreiben, Categories.Rechnen, Categories.Digitales];

    public static readonly IReadOnlyList<string> CounsellingSubjects = [Categories.Weiterbildung, Categories.Umschulung, Categories.Anerkennung, Categories.Foerderung];

    private static readonly string[] GirlsWords = ["maedchen", "nur fuer maedchen", "girls", "girls only", "girls day", "tochter"];
    private static readonly string[] OtherPersonWords =
        ["mein vater", "meine mutter", "mein mann", "meine frau", "mein sohn", "meine tochter", "mein bruder", "meine schwester", "mein onkel", "meine tante",
         "oma", "opa", "kollege", "kollegin", "klient", "klientin", "kunde", "kundin", "freund", "freundin", "nachbar", "nachbarin", "jemand", "jemanden", "fuer eine andere person",
         "my father", "my mother", "my husband", "my wife", "my son", "my daughter", "colleague", "client", "friend", "someone"];

    /// <summary>Copies what <paramref name="utterance"/> says into <paramref name="profile"/> without overwriting given answers.</summary>
    public static void Apply(SearchProfile profile, Utterance utterance)
    {
        var entities = utterance.Entities;
        if (profile.Age is null && entities.Age.Count > 0)
        {
            profile.Age = entities.Age[0];
            profile.MarkAnswered(ProfileSlots.Age);
        }
        else if (profile.Age is null && entities.SchoolClass.Count > 0)
        {
            // "ich bin in der 10. klasse": the usual age in that class, as the age prompt reads such an answer
            profile.Age = entities.SchoolClass[0] + Prompts.AgeRecognizer.ClassToAgeOffset;
            profile.MarkAnswered(ProfileSlots.Age);
        }

        if (profile.District is null && entities.District.Count > 0)
        {
            profile.District = entities.District[0];
            profile.MarkAnswered(ProfileSlots.District);
        }

        if (profile.When is null && entities.Date.FirstOrDefault(d => d.Start is not null) is { } date)
        {
            profile.When = date.Timex;
            profile.From = date.Start;
            profile.To = date.End;
            profile.MarkAnswered(ProfileSlots.When);
        }

        var interests = profile.Topic == IntentNames.Mint ? MintInterests : CareerInterests;
        var named = entities.Topic.Where(t => interests.Contains(t)).ToList();
        if (profile.Interests.Count == 0 && named.Count > 0)
        {
            profile.Interests = named;
            profile.MarkAnswered(ProfileSlots.Interests);
        }

        if (profile.Path is null && entities.Topic.FirstOrDefault(t => CareerPaths.Contains(t)) is { } path)
        {
            profile.Path = path;
            profile.MarkAnswered(ProfileSlots.Path);
        }

        var subjects = profile.Topic == IntentNames.Counselling ? CounsellingSubjects : LiteracySubjects;
        if (profile.Subject is null && entities.Topic.FirstOrDefault(t => subjects.Contains(t)) is { } subject)
        {
            profile.Subject = subject == Categories.Schreiben ? Categories.Lesen : subject;
            profile.MarkAnswered(ProfileSlots.Subject);
        }

        var normalized = ChoiceMatcher.Normalize(utterance.Text);
        if (profile.GirlsOnly is null && profile.Topic == IntentNames.Mint && GirlsWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)))
        {
            profile.GirlsOnly = true;
            profile.MarkAnswered(ProfileSlots.GirlsOnly);
        }

        if (profile.ForSomeoneElse is null && profile.Topic == IntentNames.Literacy && OtherPersonWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, ChoiceMatcher.Normalize(w))))
        {
            profile.ForSomeoneElse = true;
            profile.MarkAnswered(ProfileSlots.ForSomeoneElse);
        }
    }
}
