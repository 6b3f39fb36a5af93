using System.Globalization;
using System.Text;
using Microsoft.Bot.Schema;
using TrierBot.Dialogs.State;
using TrierBot.Knowledge.Model;

namespace TrierBot.Dialogs.Knowledge;

/// <summary>Offers and counselling offices as hero cards, and their details as text. Every card carries the record key.</summary>
public static class OfferCards
{
    // Web Chat renders card and message text as Markdown, where a single newline is no line break;
    // two trailing spaces make one (CommonMark), and plain-text channels show them as nothing.
    private const string LineBreak = "  \n";

    /// <param name="otherDates">The other dates and places of the same offer (<see cref="TrierBot.Knowledge.SearchHit.OtherDates"/>).</param>
    public static Attachment ForOffer(Offer offer, SearchProfile profile, bool english, bool formal = false, IReadOnlyList<KnowledgeRecord>? otherDates = null)
    {
        var text = new StringBuilder()
            .Append(CardTexts.When.In(english)).Append(": ").Append(WhenText(offer, english)).Append(LineBreak);
        if (otherDates?.OfType<Offer>().ToList() is { Count: > 0 } others)
        {
            text.Append(CardTexts.OtherDates.In(english)).Append(": ")
                .Append(string.Join("; ", others.Select(o => $"{WhenText(o, english)}, {WhereText(o, english)}"))).Append(LineBreak);
        }
        text
            .Append(CardTexts.Where.In(english)).Append(": ").Append(WhereText(offer, english)).Append(LineBreak)
            .Append(CardTexts.Cost.In(english)).Append(": ").Append(CostText(offer, english)).Append(LineBreak)
            .Append(CardTexts.WhyItFits.In(english)).Append(": ").Append(WhyItFits(offer, profile, english, formal));
        return new HeroCard
        {
            Title = offer.Title,
            Subtitle = offer.Provider,
            Text = text.ToString(),
            Buttons = [CardActions.DetailsButton(offer.Key, CardTexts.DetailsButton.In(english)), CardActions.MoreButton(CardTexts.MoreButton.In(english))],
        }.ToAttachment();
    }

    public static Attachment ForOffice(CounsellingOffice office, bool english)
        => new HeroCard
        {
            Title = office.Name,
            Subtitle = office.Organisation,
            Text = ContactText(office, english),
            Buttons = [CardActions.DetailsButton(office.Key, CardTexts.DetailsButton.In(english))],
        }.ToAttachment();

    /// <summary>Opening hours, phone, e-mail and address, one per line: what someone needs to get in touch.</summary>
    public static string ContactText(CounsellingOffice office, bool english)
    {
        var lines = new List<string>();
        AddLine(lines, CardTexts.OpeningHours.In(english), office.OpeningHours);
        AddLine(lines, CardTexts.Phone.In(english), office.Phone);
        AddLine(lines, CardTexts.Email.In(english), office.Email);
        AddLine(lines, CardTexts.Address.In(english), AddressOf(office.Street, office.PostalCode, office.City));
        if (office.Free == true)
        {
            lines.Add(CardTexts.FreeAndAnonymous.In(english));
        }

        return string.Join(LineBreak, lines);
    }

    /// <summary>Everything a user may want to know about a record before going there.</summary>
    public static string DetailsText(KnowledgeRecord record, bool english)
    {
        switch (record)
        {
            case Offer offer:
                var lines = new List<string> { offer.Title, offer.Description };
                AddLine(lines, CardTexts.Provider.In(english), offer.Provider);
                AddLine(lines, CardTexts.When.In(english), WhenText(offer, english));
                AddLine(lines, CardTexts.Where.In(english), WhereText(offer, english));
                AddLine(lines, CardTexts.Address.In(english), AddressOf(offer.Street, offer.PostalCode, offer.City));
                AddLine(lines, CardTexts.Cost.In(english), CostText(offer, english) + (offer.CostNote is { } note ? $" ({note})" : ""));
                if (offer.RegistrationRequired is { } required)
                {
                    AddLine(lines, CardTexts.Registration.In(english),
                        (required ? CardTexts.RegistrationNeeded : CardTexts.RegistrationNotNeeded).In(english) + (offer.RegistrationUrl is { } url ? $": {url}" : ""));
                }

                AddLine(lines, CardTexts.Phone.In(english), offer.Phone);
                AddLine(lines, CardTexts.Email.In(english), offer.Email);
                AddLine(lines, CardTexts.Web.In(english), offer.Url);
                return string.Join(LineBreak, lines);
            case CounsellingOffice office:
                return string.Join(LineBreak, new[] { office.Name, office.Description ?? "", ContactText(office, english) }.Where(l => l.Length > 0));
            case FaqEntry faq:
                return faq.Answer;
            default:
                return record.DisplayTitle;
        }
    }

    /// <summary>One line on why the offer was picked, from what the user told us; "Ihre" where the user is addressed with "Sie".</summary>
    public static string WhyItFits(Offer offer, SearchProfile profile, bool english, bool formal = false)
    {
        var reasons = new List<string>();
        var interest = profile.Interests.FirstOrDefault(i => offer.Categories.Contains(i, StringComparer.OrdinalIgnoreCase));
        if (interest is not null)
        {
            reasons.Add(CardTexts.FitsInterest.Format(english, interest));
        }

        if (offer.AgeMin is { } min && offer.AgeMax is { } max)
        {
            reasons.Add(CardTexts.FitsAge.Format(english, min, max));
        }
        else if (offer.AgeMin is { } from)
        {
            reasons.Add(CardTexts.FitsAgeFrom.Format(english, from));
        }

        if (profile.District is { } district && string.Equals(district, offer.District, StringComparison.OrdinalIgnoreCase))
        {
            reasons.Add((formal ? CardTexts.FitsDistrictFormal : CardTexts.FitsDistrict).Format(english, district));
        }

        if (offer.Cost == 0)
        {
            reasons.Add(CardTexts.FitsFree.In(english));
        }

        return reasons.Count == 0 ? (formal ? CardTexts.FitsSearchFormal : CardTexts.FitsSearch).In(english) : string.Join(", ", reasons);
    }

    public static string WhenText(Offer offer, bool english)
    {
        var culture = english ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("de-DE");
        var dates = offer.Start switch
        {
            null => CardTexts.Ongoing.In(english),
            { } start when offer.End is { } end && end.Date != start.Date => $"{start.ToString("d", culture)} – {end.ToString("d", culture)}",
            { } start => start.ToString("d", culture),
        };
        return offer.Schedule is { Length: > 0 } schedule ? $"{dates}, {schedule}" : dates;
    }

    public static string WhereText(Offer offer, bool english)
    {
        if (offer.Online == true)
        {
            return CardTexts.Online.In(english);
        }

        var parts = new[] { offer.Venue, offer.District }.Where(p => !string.IsNullOrWhiteSpace(p)).Distinct();
        var where = string.Join(", ", parts);
        return where.Length > 0 ? where : offer.City ?? "Trier";
    }

    public static string CostText(Offer offer, bool english)
        => offer.Cost switch
        {
            null => CardTexts.CostUnknown.In(english),
            0 => CardTexts.Free.In(english),
            { } cost => cost.ToString("0.##", english ? CultureInfo.GetCultureInfo("en-GB") : CultureInfo.GetCultureInfo("de-DE")) + " €",
        };

    private static string? AddressOf(string? street, string? postalCode, string? city)
    {
        var place = string.Join(" ", new[] { postalCode, city }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var address = string.Join(", ", new[] { street, place }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return address.Length > 0 ? address : null;
    }

    private static void AddLine(List<string> lines, string label, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            lines.Add($"{label}: {value}");
        }
    }
}
