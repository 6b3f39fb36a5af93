using TrierBot.Knowledge.Model;

namespace TrierBot.Knowledge.Import;

/// <summary>Turns a raw record into the typed record of its source, or rejects it with field and reason.</summary>
internal static class RecordMapper
{
    public static KnowledgeRecord Map(string source, RawRecord raw)
    {
        var fields = new FieldReader(raw);
        var id = fields.RequiredString("id");
        KnowledgeRecord record = source switch
        {
            KnowledgeSources.Beratung => MapCounsellingOffice(fields),
            KnowledgeSources.Faq => MapFaq(fields),
            KnowledgeSources.Till => MapIndicator(fields),
            _ => MapOffer(fields),
        };
        record.Source = source;
        record.Id = id;
        record.Updated = fields.OptionalDate("updated");
        fields.OptionalString("source"); // the file name already says the source; a field of that name is no "extra"
        record.Extra = fields.Unknown();
        return record;
    }

    private static Offer MapOffer(FieldReader fields)
    {
        var offer = new Offer
        {
            Title = fields.RequiredString("title"),
            Description = fields.RequiredString("description"),
            Provider = fields.RequiredString("provider"),
            Categories = fields.OptionalList("categories") ?? [],
            Keywords = fields.OptionalList("keywords") ?? [],
            Audience = fields.OptionalString("audience"),
            AgeMin = fields.OptionalInt("ageMin"),
            AgeMax = fields.OptionalInt("ageMax"),
            SchoolTypes = fields.OptionalList("schoolTypes") ?? [],
            Languages = Languages(fields),
            SimpleLanguage = fields.OptionalBool("simpleLanguage"),
            Venue = fields.OptionalString("venue"),
            Street = fields.OptionalString("street"),
            PostalCode = fields.OptionalString("postalCode"),
            City = fields.OptionalString("city"),
            District = fields.OptionalString("district"),
            Lat = fields.OptionalCoordinate("lat", 90),
            Lon = fields.OptionalCoordinate("lon", 180),
            Online = fields.OptionalBool("online"),
            Accessible = fields.OptionalBool("accessible"),
            Start = fields.OptionalDateTime("start"),
            End = fields.OptionalDateTime("end"),
            Schedule = fields.OptionalString("schedule"),
            Cost = fields.OptionalDecimal("cost"),
            CostNote = fields.OptionalString("costNote"),
            RegistrationRequired = fields.OptionalBool("registrationRequired"),
            RegistrationDeadline = fields.OptionalDate("registrationDeadline"),
            RegistrationUrl = fields.OptionalString("registrationUrl"),
            ContactName = fields.OptionalString("contactName"),
            Phone = fields.OptionalString("phone"),
            Email = fields.OptionalString("email"),
            Url = fields.OptionalString("url"),
        };
        if (offer.AgeMin > offer.AgeMax) throw new RecordRejectedException("ageMin", $"ageMin ({offer.AgeMin}) ist größer als ageMax ({offer.AgeMax})");
        if (offer.AgeMin < 0) throw new RecordRejectedException("ageMin", "Alter darf nicht negativ sein");
        // A date without time ends with its day: "start 09:00, end same date" is a valid one-day offer.
        if (offer.Start > (offer.End?.TimeOfDay == TimeSpan.Zero ? offer.End.Value.AddDays(1).AddTicks(-1) : offer.End)) throw new RecordRejectedException("end", "end liegt vor start");
        if (offer.Cost < 0) throw new RecordRejectedException("cost", "Kosten dürfen nicht negativ sein");
        return offer;
    }

    private static CounsellingOffice MapCounsellingOffice(FieldReader fields) => new()
    {
        Name = fields.RequiredString("name"),
        Organisation = fields.OptionalString("organisation"),
        Description = fields.OptionalString("description"),
        Topics = fields.OptionalList("topics") ?? [],
        Audience = fields.OptionalString("audience"),
        Languages = Languages(fields),
        Street = fields.OptionalString("street"),
        PostalCode = fields.OptionalString("postalCode"),
        City = fields.OptionalString("city"),
        District = fields.OptionalString("district"),
        Lat = fields.OptionalCoordinate("lat", 90),
        Lon = fields.OptionalCoordinate("lon", 180),
        Phone = fields.OptionalString("phone"),
        Email = fields.OptionalString("email"),
        Url = fields.OptionalString("url"),
        OpeningHours = fields.OptionalString("openingHours"),
        Anonymous = fields.OptionalBool("anonymous"),
        Free = fields.OptionalBool("free"),
        AppointmentRequired = fields.OptionalBool("appointmentRequired"),
    };

    private static FaqEntry MapFaq(FieldReader fields) => new()
    {
        Question = fields.RequiredString("question"),
        Answer = fields.RequiredString("answer"),
        Variants = fields.OptionalList("variants") ?? [],
        Topic = fields.OptionalString("topic"),
    };

    private static Indicator MapIndicator(FieldReader fields) => new()
    {
        Name = fields.RequiredString("name"),
        Area = fields.OptionalString("area"),
        Year = fields.RequiredInt("year"),
        Value = fields.RequiredDecimal("value"),
        Unit = fields.OptionalString("unit"),
        District = fields.OptionalString("district"),
        Note = fields.OptionalString("note"),
    };

    private static List<string> Languages(FieldReader fields) =>
        fields.OptionalList("languages") is { Count: > 0 } languages ? languages.Select(l => l.ToLowerInvariant()).ToList() : ["de"];
}
