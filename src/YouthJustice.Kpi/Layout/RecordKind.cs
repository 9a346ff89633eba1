namespace YouthJustice.Kpi.Engine;

/// <summary>Which of the child's lists a <see cref="Reason"/> points into.</summary>
internal enum RecordKind
{
    None = 0,
    Intervention,
    Offence,
    Outcome,
    Accommodation,
    Ete,
    SendAln,
    MentalHealth,
    SubstanceMisuse,
    CareStatus,
    Victim,
    Hearing,
}
