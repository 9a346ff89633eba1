using Ardalis.SmartEnum;
using YouthJustice.Domain.Sources;
using YouthJustice.Kpi.Definitions;

namespace YouthJustice.Kpi.Cohorts;

/// <summary>
/// Why a candidate (an intervention ending in the quarter) does not put the child in the quarter's KPI cohort.
/// The values are in the order the checks apply (interchange.md): a candidate is excluded for the first check it
/// fails, and a child with several candidates, none qualifying, is excluded with the reason of the candidate that
/// passed the most checks (kpi-rules §13.16). Two reasons arise only under a profile that follows the YJB pipeline
/// (<see cref="AppealStatusNotRecorded"/>, <see cref="ResidenceNotRecorded"/>; their <see cref="Divergence"/> says
/// which); they sit at the position of the check they refine.
/// </summary>
[Source("kpi-rules §1.2 (person_details / person_details_v8 cohort conditions) and §13.2–§13.5, §13.16; interchange.md exclusion reasons")]
public sealed class ExclusionReason : SmartEnum<ExclusionReason>
{
    /// <summary>The intervention ended before KPI collection started on 1 April 2023 (kpi-rules §1.1).</summary>
    public static readonly ExclusionReason EndedBeforeCollection = new(nameof(EndedBeforeCollection), 1, "the intervention ended before KPI collection started on 2023-04-01");

    /// <summary>The intervention's disposal is not one that counts in the KPIs (kpi-rules §13.2).</summary>
    public static readonly ExclusionReason DisposalNotCounted = new(nameof(DisposalNotCounted), 2, "the intervention's disposal does not count in the KPIs");

    /// <summary>The intervention is linked to no offence in the data.</summary>
    public static readonly ExclusionReason NoLinkedOffence = new(nameof(NoLinkedOffence), 3, "the intervention is not linked to any offence in the data");

    /// <summary>No legal outcome of the linked offences is one of the six types of order (kpi-rules §13.2).</summary>
    public static readonly ExclusionReason OutcomeNotCounted = new(nameof(OutcomeNotCounted), 4, "no legal outcome of the linked offences counts in the KPIs");

    /// <summary>The outcome was changed on appeal or the appeal succeeded (kpi-rules §1.2.3).</summary>
    public static readonly ExclusionReason OverturnedOnAppeal = new(nameof(OverturnedOnAppeal), 5, "the legal outcome was overturned on appeal");

    /// <summary>The child lived in another YJS's area at the outcome date; that YJS reports the child (kpi-rules §1.2.4).</summary>
    public static readonly ExclusionReason ResidentInAnotherArea = new(nameof(ResidentInAnotherArea), 6, "the child was resident in another area at the outcome date");

    /// <summary>
    /// The child was not aged 10–17 on the age reference day — the start of the intervention, or for a DTO licence
    /// under the 2024 definitions the date of the custodial outcome — or an age could not be worked out (kpi-rules §13.4).
    /// </summary>
    public static readonly ExclusionReason AgeOutsideRange = new(nameof(AgeOutsideRange), 7, "the child was not aged 10 to 17 at the start of the intervention (for a DTO licence under the 2024 definitions: on the date of the custodial outcome)");

    /// <summary>
    /// The legal outcome has no appeal status recorded, and the profile follows the YJB pipeline, which drops it
    /// (yjaf-case-level §6.1; the guidance reads it as no appeal). Checked with the appeal check, after
    /// <see cref="OverturnedOnAppeal"/>.
    /// </summary>
    public static readonly ExclusionReason AppealStatusNotRecorded = new(nameof(AppealStatusNotRecorded), 8, 5, "the legal outcome's appeal status is not recorded (dropped by the yjb-pipeline profile, yjaf-case-level §6.1)", PipelineDivergence.BlankAppealStatusDropsRow);

    /// <summary>
    /// The legal outcome has no residence recorded, and the profile follows the YJB pipeline, which drops it
    /// (yjaf-case-level §6.1; the guidance counts it as resident). Checked with the residence check, after
    /// <see cref="ResidentInAnotherArea"/>.
    /// </summary>
    public static readonly ExclusionReason ResidenceNotRecorded = new(nameof(ResidenceNotRecorded), 9, 6, "the child's residence at the outcome date is not recorded (dropped by the yjb-pipeline profile, yjaf-case-level §6.1)", PipelineDivergence.BlankResidenceDropsRow);

    private ExclusionReason(string name, int value, string description)
        : this(name, value, value, description, null)
    {
    }

    private ExclusionReason(string name, int value, int order, string description, PipelineDivergence? divergence)
        : base(name, value)
    {
        Order = order;
        Description = description;
        Divergence = divergence;
    }

    /// <summary>
    /// The position of the check (1 = applied first). A reason that only a profile gives shares the position of the
    /// check it refines.
    /// </summary>
    public int Order { get; }

    /// <summary>
    /// The pipeline divergence that gives this reason, or <see langword="null"/> for a reason of the guidance. Under
    /// the guidance no child is excluded for such a reason; reports list it only when a child was.
    /// </summary>
    public PipelineDivergence? Divergence { get; }

    /// <summary>A sentence for a person.</summary>
    public string Description { get; }
}
