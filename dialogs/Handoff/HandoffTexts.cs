using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Handoff;

/// <summary>What the bot says when it hands the conversation to a person.</summary>
public static class HandoffTexts
{
    public static readonly RegisterText WhatHappensNext = new(
        "Gern! Ich gebe dein Anliegen an eine Beraterin oder einen Berater vom Bildungsbüro weiter. Sobald jemand frei ist, meldet sich die Person hier im Chat – du musst nichts noch einmal erklären.",
        "Gern! Ich gebe Ihr Anliegen an eine Beraterin oder einen Berater vom Bildungsbüro weiter. Sobald jemand frei ist, meldet sich die Person hier im Chat – Sie müssen nichts noch einmal erklären.",
        "Sure! I'm passing your request on to a counsellor from the education office. As soon as someone is free, they will reply here in the chat – you won't have to explain everything again.");

    public static readonly RegisterText DirectContact = new(
        "Du möchtest nicht warten? Du erreichst die Beratung auch direkt:",
        "Sie möchten nicht warten? Sie erreichen die Beratung auch direkt:",
        "Don't want to wait? You can also contact the counselling team directly:");

    /// <summary>Words for the office search when no topic is known yet.</summary>
    public const string GeneralCounselling = "Bildungsberatung";
}
