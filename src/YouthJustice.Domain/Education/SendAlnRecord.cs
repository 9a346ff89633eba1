using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Education;

/// <summary>
/// A record of special educational needs and disabilities (England) or additional learning needs (Wales)
/// (interchange <c>sendAln[]</c>; YJB <c>sendaln</c>): whether a need was identified and whether a formal plan (in
/// practice an EHC plan in England, an IDP in Wales) is in place, over a period.
/// </summary>
/// <remarks>KPI 3 reads the records present at the end of the order (kpi-rules §2.3, §13.8).</remarks>
[Source("YJB KPI pipeline: kpi3IdentifiedSENDALN, kpi3SENDFormalPlan, start/end dates (kpi-rules §2.3)", Confidence = Confidence.High)]
public sealed record SendAlnRecord : IStatusPeriod
{
    /// <summary>Creates the record.</summary>
    /// <param name="start">The first day, or <see langword="null"/> (or 1900-01-01) when not recorded.</param>
    /// <param name="end">The last day, or <see langword="null"/> (or 1900-01-01) while open; not before <paramref name="start"/>.</param>
    /// <param name="identified">Whether a SEND/ALN need is identified; <see langword="null"/> when not recorded.</param>
    /// <param name="formalPlan">Whether a formal plan is in place for the current academic year; <see langword="null"/> when not recorded.</param>
    /// <exception cref="System.ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public SendAlnRecord(LocalDate? start, LocalDate? end, bool? identified, bool? formalPlan)
    {
        Start = NoDate.Normalize(start);
        End = NoDate.Normalize(end);
        DatePeriods.CheckOrder(Start, End, nameof(end));
        Identified = identified;
        FormalPlan = formalPlan;
    }

    /// <summary>The first day, or <see langword="null"/> when not recorded.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day, or <see langword="null"/> while open.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether a SEND/ALN need is identified; <see langword="null"/> when not recorded.</summary>
    public bool? Identified { get; }

    /// <summary>Whether a formal plan is in place; <see langword="null"/> when not recorded.</summary>
    public bool? FormalPlan { get; }
}
