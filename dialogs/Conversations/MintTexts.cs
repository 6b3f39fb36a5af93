using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Conversations;

/// <summary>What the MINT topic says, named after its slots.</summary>
public static class MintTexts
{
    public static readonly RegisterText AskInterest = new(
        "Was findest du spannend – Robotik, Programmieren, Experimente, Natur, Mathe oder Sterne?",
        "Was findet die Person spannend – Robotik, Programmieren, Experimente, Natur, Mathe oder Sterne?",
        "What sounds exciting – robotics, coding, experiments, nature, maths or stars?");
    public static readonly RegisterText AskGirlsOnly = new("Soll es ein Angebot nur für Mädchen sein?", "Soll es ein Angebot nur für Mädchen sein?", "Should it be a girls-only offer?");
    public static readonly RegisterText WhatIsMint = new(
        "MINT steht für Mathematik, Informatik, Naturwissenschaften und Technik – also zum Beispiel Robotik, Programmieren, Experimente oder Sterne beobachten.",
        "MINT steht für Mathematik, Informatik, Naturwissenschaften und Technik – also zum Beispiel Robotik, Programmieren, Experimente oder Sterne beobachten.",
        "MINT (STEM in English) stands for maths, computer science (Informatik), natural sciences and technology – robotics, coding, experiments or stargazing, for example.");

    public const string OfficeTopic = "MINT Bildungsbüro";
}
