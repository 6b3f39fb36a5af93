using TrierBot.Dialogs.Texts;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>The words on offer and office cards and in their details.</summary>
public static class CardTexts
{
    public static readonly LocalizedText DetailsButton = new("Details", "Details");
    public static readonly LocalizedText MoreButton = new("Mehr", "More");
    public static readonly LocalizedText When = new("Wann", "When");
    public static readonly LocalizedText Where = new("Wo", "Where");
    public static readonly LocalizedText Cost = new("Kosten", "Cost");
    public static readonly LocalizedText OtherDates = new("weitere Termine", "more dates");
    public static readonly LocalizedText Free = new("kostenlos", "free");
    public static readonly LocalizedText CostUnknown = new("bitte beim Anbieter fragen", "please ask the provider");
    public static readonly LocalizedText Ongoing = new("laufend, jederzeit", "ongoing, any time");
    public static readonly LocalizedText Online = new("online", "online");
    public static readonly LocalizedText WhyItFits = new("Warum es passt", "Why it fits");
    public static readonly LocalizedText FitsInterest = new("passt zu {0}", "matches {0}");
    public static readonly LocalizedText FitsAge = new("für {0}–{1} Jahre", "for ages {0}–{1}");
    public static readonly LocalizedText FitsAgeFrom = new("ab {0} Jahren", "from age {0}");
    // Without "du" or "Sie": a card is often shown before we know who writes.
    public static readonly LocalizedText FitsDistrict = new("in der Nähe ({0})", "near you ({0})");
    public static readonly LocalizedText FitsFree = new("kostenlos", "free of charge");
    public static readonly LocalizedText FitsSearch = new("passt zur Suche", "matches your search");
    public static readonly LocalizedText FitsDistrictFormal = FitsDistrict;
    public static readonly LocalizedText FitsSearchFormal = FitsSearch;
    public static readonly LocalizedText OpeningHours = new("Öffnungszeiten", "Opening hours");
    public static readonly LocalizedText Phone = new("Telefon", "Phone");
    public static readonly LocalizedText Email = new("E-Mail", "E-mail");
    public static readonly LocalizedText Address = new("Adresse", "Address");
    public static readonly LocalizedText Web = new("Internet", "Web");
    public static readonly LocalizedText Provider = new("Anbieter", "Provider");
    public static readonly LocalizedText Registration = new("Anmeldung", "Registration");
    public static readonly LocalizedText RegistrationNeeded = new("nötig", "required");
    public static readonly LocalizedText RegistrationNotNeeded = new("nicht nötig", "not required");
    public static readonly LocalizedText FreeAndAnonymous = new("kostenlos und vertraulich", "free and confidential");
    public static readonly LocalizedText NotFound = new("Dieses Angebot gibt es leider nicht mehr.", "Sorry, this offer is no longer available.");
}
