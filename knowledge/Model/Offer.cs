namespace TrierBot.Knowledge.Model;

/// <summary>An offer of <c>retribus</c>, <c>apag</c>, <c>mint</c> or <c>kurse</c>.</summary>
public sealed class Offer : KnowledgeRecord
{
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public string Provider { get; set; } = "";
    public List<string> Categories { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    public string? Audience { get; set; }
    public int? AgeMin { get; set; }
    public int? AgeMax { get; set; }
    public List<string> SchoolTypes { get; set; } = [];
    public List<string> Languages { get; set; } = ["de"];
    public bool? SimpleLanguage { get; set; }
    public string? Venue { get; set; }
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? District { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public bool? Online { get; set; }
    public bool? Accessible { get; set; }
    public DateTime? Start { get; set; }
    public DateTime? End { get; set; }
    public string? Schedule { get; set; }
    public decimal? Cost { get; set; }
    public string? CostNote { get; set; }
    public bool? RegistrationRequired { get; set; }
    public DateOnly? RegistrationDeadline { get; set; }
    public string? RegistrationUrl { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Url { get; set; }

    public override string DisplayTitle => Title;
}
