namespace TrierBot.Understanding;

/// <summary>One school holiday period of Rheinland-Pfalz, as configured (bound from <c>Understanding:SchoolHolidays</c>).</summary>
public sealed class SchoolHoliday
{
    /// <summary>"Herbstferien", "Osterferien", …: the first part of the name says which holidays users mean.</summary>
    public string Name { get; set; } = "";

    /// <summary>First day off school.</summary>
    public DateTime Start { get; set; }

    /// <summary>Last day off school (inclusive, as the ministry publishes it).</summary>
    public DateTime End { get; set; }
}
