using YouthJustice.Domain.Cases;

namespace YouthJustice.Kpi.Engine;

/// <summary>
/// A child's ETE suitability at the start or the end of the order (kpi-rules §2.2, §13.7): the one rule KPI 2's
/// headline and sub-measures and KPI 3's ETE sub-measures read.
/// </summary>
internal static class EteSuitability
{
    /// <summary>
    /// The child's ETE suitability on a day read at <paramref name="point"/> (kpi-rules §2.2, §13.7): unsuitable if any
    /// ETE record with a suitability present then is Unsuitable or Unknown, suitable if every such record is Suitable,
    /// no data when there is none. The one definition used by KPI 2 and by KPI 3's ETE sub-measures; on release the
    /// record is read with <see cref="Periods.IsAtRelease"/>.
    /// </summary>
    public static StatusAtPoint At(in ChildContext child, int day, ReadPoint point)
    {
        var rows = child.Table.EteOf(child.Child);
        var offset = child.Table.EteStart(child.Child);
        var first = -1;
        for (var i = 0; i < rows.Length; i++)
        {
            ref readonly var r = ref rows[i];
            if (r.Suitability == 0 || !IsPresent(child, r, day, point))
            {
                continue;
            }

            if (r.Suitability != Suitability.Suitable.Value)
            {
                return new StatusAtPoint(SuitabilityKind.Unsuitable, offset + i);
            }

            if (first < 0)
            {
                first = offset + i;
            }
        }

        return first < 0 ? StatusAtPoint.NoData : new StatusAtPoint(SuitabilityKind.Suitable, first);
    }

    /// <summary>The child's ETE suitability at the end of the order (the headline's status).</summary>
    public static StatusAtPoint AtEnd(in ChildContext child) => At(child, child.Row.End, ReadPoint.End);

    /// <summary>Whether an ETE record is present at a point: at start in the child's at-start window (kpi-rules §13.20), at the end or on release on <paramref name="day"/>.</summary>
    public static bool IsPresent(in ChildContext child, in EteRow r, int day, ReadPoint point) => point switch
    {
        ReadPoint.Start => child.IsAtStart(r.Start, r.End),
        ReadPoint.End => Periods.IsAtEnd(r.Start, r.End, day),
        _ => Periods.IsAtRelease(r.Start, r.End, day),
    };
}
