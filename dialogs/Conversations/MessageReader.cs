using System.Text.RegularExpressions;
using Microsoft.Bot.Builder;
using TrierBot.Dialogs.Framework;
using TrierBot.Dialogs.State;
using TrierBot.Understanding;

namespace TrierBot.Dialogs.Conversations;

/// <summary>
/// Understands the whole message once: the recognizer's entities plus who it is for, pronouns, short answers,
/// corrections, time wishes and questions on the way. The topics' slots read from the result.
/// </summary>
public static partial class MessageReader
{
    private static readonly (string Phrase, string Person, string? Gender)[] PersonWords =
    [
        ("meine tochter", Persons.Child, "girl"), ("unsere tochter", Persons.Child, "girl"), ("mein sohn", Persons.Child, "boy"), ("unser sohn", Persons.Child, "boy"),
        ("meinen sohn", Persons.Child, "boy"), ("meinem sohn", Persons.Child, "boy"), ("meiner tochter", Persons.Child, "girl"),
        ("mein kind", Persons.Child, null), ("meine kinder", Persons.Child, null), ("unser kind", Persons.Child, null), ("unsere kinder", Persons.Child, null),
        ("meine zwillinge", Persons.Child, null), ("fuer mein kind", Persons.Child, null), ("meinen grossen", Persons.Child, "boy"), ("meine kleine", Persons.Child, "girl"),
        ("my son", Persons.Child, "boy"), ("my daughter", Persons.Child, "girl"), ("my child", Persons.Child, null), ("my kid", Persons.Child, null), ("our son", Persons.Child, "boy"), ("our daughter", Persons.Child, "girl"),
        ("enkelin", Persons.Grandchild, "girl"), ("enkeltochter", Persons.Grandchild, "girl"), ("enkel", Persons.Grandchild, "boy"), ("enkelsohn", Persons.Grandchild, "boy"),
        ("grandson", Persons.Grandchild, "boy"), ("granddaughter", Persons.Grandchild, "girl"),
        ("nichte", Persons.Relative, "girl"), ("neffe", Persons.Relative, "boy"), ("schwester", Persons.Relative, "girl"), ("bruder", Persons.Relative, "boy"),
        ("cousine", Persons.Relative, "girl"), ("cousin", Persons.Relative, "boy"), ("niece", Persons.Relative, "girl"), ("nephew", Persons.Relative, "boy"),
        ("sister", Persons.Relative, "girl"), ("brother", Persons.Relative, "boy"), ("meine mutter", Persons.Relative, "girl"), ("mein vater", Persons.Relative, "boy"),
        ("my mother", Persons.Relative, "girl"), ("my mum", Persons.Relative, "girl"), ("my mom", Persons.Relative, "girl"), ("my father", Persons.Relative, "boy"), ("my dad", Persons.Relative, "boy"),
        ("mein mann", Persons.Partner, "boy"), ("meine frau", Persons.Partner, "girl"), ("mein partner", Persons.Partner, "boy"), ("meine partnerin", Persons.Partner, "girl"),
        ("my husband", Persons.Partner, "boy"), ("my wife", Persons.Partner, "girl"),
        ("klientin", Persons.Client, "girl"), ("klienten", Persons.Client, "boy"), ("klient", Persons.Client, "boy"), ("jungen mann", Persons.Client, "boy"), ("betreue", Persons.Client, null),
        ("client", Persons.Client, null), ("mitarbeiterin", Persons.Employee, "girl"), ("mitarbeiterinnen", Persons.Employee, "girl"), ("mitarbeiter", Persons.Employee, "boy"), ("employee", Persons.Employee, null),
        ("meine klasse", Persons.Group, null), ("ganze klasse", Persons.Group, null), ("jugendgruppe", Persons.Group, null), ("gruppe von", Persons.Group, null),
        ("unterrichte", Persons.Group, null), ("meine schueler", Persons.Pupil, null), ("schuelerin", Persons.Pupil, "girl"),
        ("fuer mich", Persons.Self, null), ("ich selbst", Persons.Self, null), ("for me", Persons.Self, null), ("for myself", Persons.Self, null),
    ];

    private static readonly string[] NoPreferenceWords = ["egal", "ist mir egal", "alles", "beides", "ganz egal", "egal wo", "egal was", "egal wann", "ueberall", "any", "anything", "whatever", "doesnt matter", "doesn t matter", "no preference", "both", "all"];
    private static readonly string[] DontKnowWords = ["weiss nicht", "weiss nich", "weis nicht", "weis nich", "keine ahnung", "kp", "ka", "kein plan", "keinen plan", "unsicher", "no idea", "dont know", "don t know", "not sure", "idk"];
    private static readonly string[] YesWords = ["ja", "jo", "jap", "jep", "klar", "gerne", "gern", "ja bitte", "ja bite", "ok", "okay", "k", "yes", "yeah", "yep", "sure", "please", "genau", "bitte"];
    private static readonly string[] NoWords = ["nein", "ne", "nee", "no", "nope", "noe", "lieber nicht", "nicht noetig"];
    private static readonly string[] CorrectionWords = ["nicht", "ach nein", "ach ne", "nein moment", "sorry", "ich meine", "ich meinte", "meinte", "eigentlich", "doch lieber", "lieber", "korrektur", "actually", "i mean", "sorry", "sondern", "erst", "nein"];
    private static readonly string[] PhoneWords = ["anrufen", "telefon", "telefonieren", "telefonnummer", "nummer", "rufe", "call", "phone", "ruf"];
    private static readonly string[] GirlsWords = ["nur fuer maedchen", "maedchen", "girls only", "only girls", "for girls", "girls"];
    private static readonly string[] FillerWords = ["hm", "hmm", "ok", "okay", "k", "ja", "nein", "danke", "thx", "thanks", "ah", "achso", "aha", "gut", "nice", "cool", "safe", "super"];

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "ich", "du", "er", "sie", "es", "wir", "ihr", "mein", "meine", "meinen", "meinem", "meiner", "dein", "sein", "seine", "ihre", "ihren", "unser", "unsere",
        "bin", "bist", "ist", "sind", "war", "hab", "habe", "hat", "haben", "will", "willst", "moechte", "moechten", "wuerde", "wuerden", "gern", "gerne", "kann", "koennen", "muss",
        "und", "oder", "aber", "auch", "noch", "schon", "mal", "so", "was", "wie", "wo", "wann", "wer", "welche", "welches", "gibt", "gibts", "es", "da", "dort", "hier",
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "ne", "nen", "in", "im", "am", "an", "auf", "aus", "bei", "mit", "nach", "von", "vom",
        "zu", "zum", "zur", "fuer", "ueber", "um", "bis", "ab", "als", "wenn", "dass", "nicht", "nich", "kein", "keine", "ja", "nein", "bitte", "danke", "hallo", "hi", "hey", "yo",
        "moin", "guten", "tag", "morgen", "abend", "gruess", "gott", "ok", "okay", "jahre", "jahr", "alt", "jahren", "wohne", "wohnen", "wohn", "wohnt", "trier", "suche", "such", "suchen",
        "brauche", "brauch", "etwas", "irgendwas", "was", "sachen", "sache", "angebot", "angebote", "machen", "mache", "macht", "sowas", "so", "eigentlich", "vielleicht", "vllt",
        "the", "a", "an", "i", "im", "my", "me", "you", "is", "are", "am", "for", "to", "of", "and", "or", "in", "on", "at", "with", "do", "does", "any", "some", "there", "want", "would",
        "like", "looking", "live", "old", "years", "year", "hello", "thanks", "please", "can", "could", "we", "our", "he", "she", "it", "this", "that", "about", "also", "just", "u", "r",
        "sorry", "weiss", "ahnung", "egal", "lieber", "jetzt", "gerade", "sehr", "voll", "total", "mag", "mich", "mir", "dich", "dir", "uns", "ihn", "ihm", "sich", "denn", "doch",
        // the person it is for is no search word
        "kind", "kinder", "kindern", "tochter", "sohn", "enkel", "enkelin", "nichte", "neffe", "bruder", "schwester", "mama", "papa", "mutter", "vater", "oma", "opa",
        "mann", "frau", "klient", "klientin", "klienten", "mother", "father", "son", "daughter", "kids", "child", "children", "grandson", "granddaughter",
        "werden", "soll", "sollte", "kann", "koennte", "muss", "musst", "geht", "gehen", "gemacht", "wollte", "bekomme", "finde", "weiss", "nich",
        "interessiert", "interessiere", "gerne", "wuerde", "waere", "hatte", "haette", "koennte", "gut", "cool", "super", "safe", "digga", "bitte",
    };

    /// <summary>This turn's message, read once per turn: the router, the interruptions and the engine all ask for it.</summary>
    public static MessageReading Read(ITurnContext turnContext)
    {
        var utterance = TurnUtterance.Get(turnContext);
        var values = TurnValues.Of(turnContext);
        if (values.Get<MessageReading>() is { } read && ReferenceEquals(read.Utterance, utterance))
        {
            return read;
        }

        read = Read(utterance);
        values.Set(read);
        return read;
    }

    public static MessageReading Read(Utterance utterance)
    {
        var text = utterance.Text;
        var normalized = ChoiceMatcher.Normalize(WithoutEmoji(text));
        var entities = utterance.Entities;
        var districtWords = entities.District.SelectMany(d => ChoiceMatcher.Normalize(d).Split(' ')).ToHashSet();
        var (forWhom, gender) = PersonOf(text, normalized);
        var words = normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var question = QuestionOf(text, normalized);
        var age = entities.Age.Count > 0 ? entities.Age[^1] : entities.SchoolClass.Count > 0 ? entities.SchoolClass[0] + Prompts.AgeRecognizer.ClassToAgeOffset : (int?)null;
        var bare = BareNumber().Match(normalized) is { Success: true } m && int.TryParse(m.Groups["n"].Value, out var n) && n is >= 3 and <= 99 ? n : (int?)null;
        var content = words.Where(w => w.Length > 2 && !StopWords.Contains(w) && !w.All(char.IsDigit) && !districtWords.Contains(w)).Distinct().ToList();
        var anything = age is not null || forWhom is not null || entities.District.Count > 0 || entities.Topic.Count > 0;
        return new MessageReading
        {
            Utterance = utterance,
            Normalized = normalized,
            Age = age,
            BareNumber = bare,
            ForWhom = forWhom,
            Gender = gender ?? PronounGender(normalized),
            District = entities.District.Count > 0 ? entities.District[^1] : null,
            Categories = entities.Topic,
            Times = TimeOfWeekParser.ParseWish(text),
            Dates = Span(entities.Date),
            GirlsOnly = GirlsWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)),
            Yes = words.Length <= 3 && YesWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)) && !NoWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)),
            No = words.Length <= 3 && NoWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)),
            NoPreference = words.Length <= 4 && NoPreferenceWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)),
            DontKnow = DontKnowWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)),
            Correction = CorrectionWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)),
            WantsPhone = PhoneWords.Any(w => ChoiceMatcher.ContainsPhrase(normalized, w)) && !normalized.Contains("handy", StringComparison.Ordinal),
            Question = question,
            AsksForEnglish = EnglishWish().IsMatch(normalized),
            NamesWish = WishWithMit().IsMatch(normalized),
            Words = content,
            IsFiller = !anything && words.Length <= 3 && words.All(w => FillerWords.Contains(w) || w.Length <= 2),
        };
    }

    /// <summary>
    /// The text with styled letters folded to plain ones ("𝐩𝐫𝐚𝐤𝐭𝐢𝐤𝐮𝐦" → "praktikum", NFKC) and without what is still
    /// outside the basic plane afterwards (emoji): they carry nothing a slot could take.
    /// </summary>
    public static string WithoutEmoji(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(char.IsSurrogate)) return text ?? "";
        var folded = TextNormalizer.WellFormed(text).Normalize(System.Text.NormalizationForm.FormKC);
        return new string([.. folded.Where(c => !char.IsSurrogate(c))]);
    }

    /// <summary>"im Mai oder Juni", "Samstag oder Sonntag": one window from the first start to the last end.</summary>
    private static DateSpan? Span(IReadOnlyList<DateSpan> dates)
    {
        var resolved = dates.Where(d => d.Start is not null).ToList();
        if (resolved.Count <= 1)
        {
            return resolved.FirstOrDefault();
        }

        var ends = resolved.Select(d => d.End).ToList();
        return new DateSpan(string.Join(",", resolved.Select(d => d.Timex)), resolved.Min(d => d.Start), ends.Any(e => e is null) ? null : ends.Max());
    }

    private static (string? Person, string? Gender) PersonOf(string text, string normalized)
    {
        foreach (var (phrase, person, gender) in PersonWords)
        {
            if (ChoiceMatcher.ContainsPhrase(normalized, phrase))
            {
                return (person, gender);
            }
        }

        // "meine Emma (9)": a name after "mein(e)" with an age
        if (NamedChild().IsMatch(text))
        {
            return (Persons.Child, NamedChild().Match(text).Groups["p"].Value.EndsWith('e') ? "girl" : "boy");
        }

        if (normalized is "ich" or "mich" or "me" or "myself" || SelfWithAge().IsMatch(normalized) || SelfWish().IsMatch(normalized))
        {
            return (Persons.Self, null);
        }

        return (null, null);
    }

    private static string? PronounGender(string normalized)
    {
        if (SheWords().IsMatch(normalized))
        {
            return "girl";
        }

        return HeWords().IsMatch(normalized) ? "boy" : null;
    }

    private static string? QuestionOf(string text, string normalized)
    {
        bool Has(params string[] phrases) => phrases.Any(p => ChoiceMatcher.ContainsPhrase(normalized, p));
        if (Has("was ist mint", "was heisst mint", "was bedeutet mint", "was heisst denn das eigentlich mint", "what is stem", "what does stem mean", "what is mint") || (Has("mint") && Has("was heisst", "was bedeutet", "was ist das")))
        {
            return QuestionKinds.WhatIsMint;
        }

        if (Has("anonym", "namen sagen", "meinen namen", "mein namen", "vertraulich", "chef", "scheff", "arbeitgeber", "erfaehrt", "daten", "wer liest", "who reads", "anonymous", "confidential", "diskret"))
        {
            return QuestionKinds.Anonymity;
        }

        if (Has("kostet", "kosten", "kostenlos", "umsonst", "gratis", "preis", "gebuehr", "bezahlen", "zahlen", "teuer", "cost", "costs", "price", "free", "fee", "pay"))
        {
            return QuestionKinds.Cost;
        }

        if (Has("anmelden", "anmeldung", "angemeldet", "einfach hingehen", "sign up", "register", "registration", "enrol", "enroll"))
        {
            return QuestionKinds.Registration;
        }

        var asks = text.Contains('?') || Has("wann", "wo", "when", "where", "what time");
        if (asks && Has("wann", "uhrzeit", "welche zeit", "when", "what time", "ist das abends", "abends", "nachmittags"))
        {
            return QuestionKinds.When;
        }

        if (asks && Has("wo ist", "wo findet", "wo genau", "adresse", "where is", "where"))
        {
            return QuestionKinds.Where;
        }

        return text.Contains('?') ? QuestionKinds.Other : null;
    }

    [GeneratedRegex(@"\b(?:was|etwas|irgendwas|sowas|something|anything)\s+(?:\w+\s+)?(?:mit|with)\b")]
    private static partial Regex WishWithMit();

    // "my German is not so good", "can we continue in English", "english please", "do you speak english"
    [GeneratedRegex(@"\b(?:my german is|german is (?:not|bad|poor)|(?:in|speak|continue in|write in|talk in) english|english please|english pls|do you speak english|auf englisch|englisch bitte|kein gutes deutsch|nicht gut deutsch)\b")]
    private static partial Regex EnglishWish();

    [GeneratedRegex(@"^\D{0,20}?\b(?<n>\d{1,2})\b")]
    private static partial Regex BareNumber();

    [GeneratedRegex(@"\b(?:mein|meine|meinen)\s+(?<p>\p{Lu}\p{Ll}+)\s*\(\s*\d{1,2}\s*\)")]
    private static partial Regex NamedChild();

    [GeneratedRegex(@"\b(?:ich bin|bin|im|i m|i am)\s+(?:erst |schon |jetzt |grad )?\d{1,2}\b")]
    private static partial Regex SelfWithAge();

    [GeneratedRegex(@"\b(?:kann ich|will ich|ich will|ich moechte|ich suche|ich brauche|ich brauch|brauch ich|ich mag|ich wuerde gern|i want|i need|i m looking|im looking|i am looking|i would like)\b")]
    private static partial Regex SelfWish();

    [GeneratedRegex(@"^(?:sie|die)\s+(?:ist|is|hat|mag|will|malt|wohnt|kann|moechte|interessiert)\b|\b(?:she|her)\b")]
    private static partial Regex SheWords();

    [GeneratedRegex(@"^(?:er|der)\s+(?:ist|is|hat|mag|will|baut|wohnt|kann|moechte|interessiert|bastelt|arbeitet)\b|\b(?:he|him|his)\b")]
    private static partial Regex HeWords();
}
