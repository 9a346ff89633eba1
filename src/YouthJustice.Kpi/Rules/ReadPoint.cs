namespace YouthJustice.Kpi.Engine;

/// <summary>The day a status record is read on: the start or the end of the order, or the release from custody (<see cref="CustodyRelease"/>).</summary>
internal enum ReadPoint
{
    /// <summary>The start of the order, with the child's at-start window (<see cref="Periods.IsAtStart"/>).</summary>
    Start,

    /// <summary>The end of the order (<see cref="Periods.IsAtEnd"/>).</summary>
    End,

    /// <summary>The release from custody (<see cref="Periods.IsAtRelease"/>).</summary>
    Release,
}
