namespace TrierBot.Knowledge.Model;

/// <summary>A counselling office of the Bildungsberatungsdatenbank (<c>beratung</c>).</summary>
public sealed class CounsellingOffice : KnowledgeRecord
{
    public string Name { get; set; } = "";
    public string? Organisation { get; set; }
    public string? Description { get; set; }
    public List<string> Topics { get; set; } = [];
    public string? Audience { get; set; }
    public List<string> Languages { get; set; } = ["de"];
    public string? Street { get; set; }
    public string? PostalCode { get; set; }
    public string? City { get; set; }
    public string? District { get; set; }
    public double? Lat { get; set; }
    public double? Lon { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Url { get; set; }
    public string? OpeningHours { get; set; }
    public bool? Anonymous { get; set; }
    public bool? Free { get; set; }
    public bool? AppointmentRequired { get; set; }

    public override string DisplayTitle => Name;
}
