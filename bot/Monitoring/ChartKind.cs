namespace TrierBot.Monitoring;

/// <summary>How a chart of the monitoring page is drawn.</summary>
public enum ChartKind
{
    /// <summary>Horizontal bars, one per value of the one dimension, the number written beside each bar.</summary>
    Bars,

    /// <summary>A heat map of two dimensions, the number written in every cell.</summary>
    HeatMap,

    /// <summary>Small multiples: per value of the second dimension, bars over the months.</summary>
    MonthlyBars,
}
