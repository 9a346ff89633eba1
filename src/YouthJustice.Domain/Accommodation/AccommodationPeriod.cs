using YouthJustice.Domain.Cases;
using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Accommodation;

/// <summary>
/// A period in one accommodation (interchange <c>accommodation[]</c>; YJB <c>residence</c>: start date,
/// <c>kpi1EndDate</c>, type, suitability, primary residence).
/// </summary>
/// <remarks>
/// <para><see cref="Suitability"/> is the practitioner's recorded judgement, <see langword="null"/> when none was
/// recorded. <see cref="EffectiveSuitability"/> is what KPI 1 uses: <see langword="null"/> (the record is ignored) when
/// nothing was recorded, otherwise <see cref="Cases.Suitability.Unsuitable"/> for bed and breakfast, no fixed abode and
/// unknown accommodation, otherwise the recorded value (kpi-rules §2.1, §13.7).</para>
/// <para>A missing start means before any order; a missing end means still open (kpi-rules §13.1).</para>
/// </remarks>
[Source("YJB KPI pipeline: residence items and suitability rules (kpi-rules §2.1, §13.7)", Confidence = Confidence.High)]
public sealed record AccommodationPeriod : IStatusPeriod
{
    /// <summary>Creates the period.</summary>
    /// <param name="start">The first day, or <see langword="null"/> (or 1900-01-01) when not recorded.</param>
    /// <param name="end">The last day, or <see langword="null"/> (or 1900-01-01) while open; not before <paramref name="start"/>.</param>
    /// <param name="type">The accommodation type.</param>
    /// <param name="suitability">The recorded suitability, or <see langword="null"/> when none was recorded.</param>
    /// <param name="primary">Whether this is the child's primary residence (the 2023 definitions count only these).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="type"/> is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public AccommodationPeriod(LocalDate? start, LocalDate? end, AccommodationType type, Suitability? suitability, bool primary)
    {
        Start = NoDate.Normalize(start);
        End = NoDate.Normalize(end);
        DatePeriods.CheckOrder(Start, End, nameof(end));
        Type = Preconditions.CheckNotNull(type, nameof(type));
        Suitability = suitability;
        Primary = primary;
    }

    /// <summary>The first day, or <see langword="null"/> when not recorded.</summary>
    public LocalDate? Start { get; }

    /// <summary>The last day, or <see langword="null"/> while open.</summary>
    public LocalDate? End { get; }

    /// <summary>The accommodation type.</summary>
    public AccommodationType Type { get; }

    /// <summary>The recorded suitability, or <see langword="null"/> when none was recorded.</summary>
    public Suitability? Suitability { get; }

    /// <summary>Whether this is the child's primary residence.</summary>
    public bool Primary { get; }

    /// <summary>The suitability KPI 1 uses: <see langword="null"/> when none was recorded; unsuitable for an always-unsuitable type; otherwise as recorded.</summary>
    public Suitability? EffectiveSuitability => Suitability is null
        ? null
        : Type.IsAlwaysUnsuitable ? Cases.Suitability.Unsuitable : Suitability;
}
