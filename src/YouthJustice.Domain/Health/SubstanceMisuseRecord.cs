using YouthJustice.Domain.Time;

namespace YouthJustice.Domain.Health;

/// <summary>
/// A substance-misuse record (interchange <c>substanceMisuse[]</c>; YJB <c>kpi5SubstanceMisuse</c>): when a need was
/// screened (identified), referred and offered an intervention, when attendance started and ended, and the kind of
/// intervention. Any date may be missing; <c>1900-01-01</c> is read as missing.
/// </summary>
/// <remarks>
/// The KPI uses a record screened on or before the order end (or not screened); "in treatment prior" means attendance
/// started before the intervention and was still open when it started (kpi-rules §13.9).
/// </remarks>
[Source("YJB KPI pipeline: kpi5SubstanceMisuse items (kpi-rules §2.5)", Confidence = Confidence.High)]
public sealed record SubstanceMisuseRecord
{
    /// <summary>Creates the record.</summary>
    /// <param name="screened">When the need was screened or identified, or <see langword="null"/>.</param>
    /// <param name="referred">When the child was referred, or <see langword="null"/>.</param>
    /// <param name="offered">When an intervention was offered, or <see langword="null"/>.</param>
    /// <param name="attendedStart">When attendance started, or <see langword="null"/>.</param>
    /// <param name="attendedEnd">When attendance ended, or <see langword="null"/> while it continues; not before <paramref name="attendedStart"/>.</param>
    /// <param name="intervention">The kind of intervention, or <see langword="null"/> when not recorded.</param>
    /// <exception cref="System.ArgumentException"><paramref name="attendedEnd"/> is before <paramref name="attendedStart"/>.</exception>
    public SubstanceMisuseRecord(LocalDate? screened, LocalDate? referred, LocalDate? offered, LocalDate? attendedStart, LocalDate? attendedEnd, SubstanceMisuseIntervention? intervention)
    {
        Screened = NoDate.Normalize(screened);
        Referred = NoDate.Normalize(referred);
        Offered = NoDate.Normalize(offered);
        AttendedStart = NoDate.Normalize(attendedStart);
        AttendedEnd = NoDate.Normalize(attendedEnd);
        DatePeriods.CheckOrder(AttendedStart, AttendedEnd, nameof(attendedEnd), nameof(attendedStart));
        Intervention = intervention;
    }

    /// <summary>When the need was screened or identified, or <see langword="null"/>.</summary>
    public LocalDate? Screened { get; }

    /// <summary>When the child was referred, or <see langword="null"/>.</summary>
    public LocalDate? Referred { get; }

    /// <summary>When an intervention was offered, or <see langword="null"/>.</summary>
    public LocalDate? Offered { get; }

    /// <summary>When attendance started, or <see langword="null"/>.</summary>
    public LocalDate? AttendedStart { get; }

    /// <summary>When attendance ended, or <see langword="null"/> while it continues (or never started).</summary>
    public LocalDate? AttendedEnd { get; }

    /// <summary>The kind of intervention, or <see langword="null"/> when not recorded.</summary>
    public SubstanceMisuseIntervention? Intervention { get; }
}
