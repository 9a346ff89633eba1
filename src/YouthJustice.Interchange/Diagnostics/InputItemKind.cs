using Ardalis.SmartEnum;

namespace YouthJustice.Interchange.Diagnostics;

/// <summary>
/// The kinds of item an interchange document holds, each with its JSON property name and its CSV file name
/// (spec/interchange.md); the last three are the items of a KPI return. A <see cref="ReadSummary"/> counts items per kind.
/// </summary>
public sealed class InputItemKind : SmartEnum<InputItemKind>
{
    /// <summary>A child (<c>children</c>, <c>children.csv</c>).</summary>
    public static readonly InputItemKind Child = new(nameof(Child), 1, "children", "children.csv", null);

    /// <summary>An offence of a child (<c>offences</c>, <c>offences.csv</c>).</summary>
    public static readonly InputItemKind Offence = new(nameof(Offence), 2, "offences", "offences.csv", Child);

    /// <summary>A legal outcome of an offence (<c>outcomes</c>, <c>outcomes.csv</c>).</summary>
    public static readonly InputItemKind Outcome = new(nameof(Outcome), 3, "outcomes", "outcomes.csv", Offence);

    /// <summary>An intervention programme (<c>interventions</c>, <c>interventions.csv</c>).</summary>
    public static readonly InputItemKind Intervention = new(nameof(Intervention), 4, "interventions", "interventions.csv", Child);

    /// <summary>An accommodation period (<c>accommodation</c>, <c>accommodation.csv</c>).</summary>
    public static readonly InputItemKind Accommodation = new(nameof(Accommodation), 5, "accommodation", "accommodation.csv", Child);

    /// <summary>An education, training or employment period (<c>ete</c>, <c>ete.csv</c>).</summary>
    public static readonly InputItemKind Ete = new(nameof(Ete), 6, "ete", "ete.csv", Child);

    /// <summary>A SEND/ALN record (<c>sendAln</c>, <c>send_aln.csv</c>).</summary>
    public static readonly InputItemKind SendAln = new(nameof(SendAln), 7, "sendAln", "send_aln.csv", Child);

    /// <summary>A mental health record (<c>mentalHealth</c>, <c>mental_health.csv</c>).</summary>
    public static readonly InputItemKind MentalHealth = new(nameof(MentalHealth), 8, "mentalHealth", "mental_health.csv", Child);

    /// <summary>A substance misuse record (<c>substanceMisuse</c>, <c>substance_misuse.csv</c>).</summary>
    public static readonly InputItemKind SubstanceMisuse = new(nameof(SubstanceMisuse), 9, "substanceMisuse", "substance_misuse.csv", Child);

    /// <summary>A care status period (<c>careStatus</c>, <c>care_status.csv</c>).</summary>
    public static readonly InputItemKind CareStatus = new(nameof(CareStatus), 10, "careStatus", "care_status.csv", Child);

    /// <summary>A victim record (<c>victims</c>, <c>victims.csv</c>).</summary>
    public static readonly InputItemKind Victim = new(nameof(Victim), 11, "victims", "victims.csv", Child);

    /// <summary>A population estimate of the service (<c>populations</c>, <c>populations.csv</c>).</summary>
    public static readonly InputItemKind Population = new(nameof(Population), 12, "populations", "populations.csv", null);

    /// <summary>A management board attendance entry (<c>boardAttendance</c>, <c>board_attendance.csv</c>).</summary>
    public static readonly InputItemKind BoardAttendance = new(nameof(BoardAttendance), 13, "boardAttendance", "board_attendance.csv", null);

    /// <summary>A measure of a KPI return (<c>measures</c>; no CSV file).</summary>
    public static readonly InputItemKind Measure = new(nameof(Measure), 14, "measures", null, null);

    /// <summary>A cohort exclusion of a KPI return (<c>cohort.excluded</c>; no CSV file).</summary>
    public static readonly InputItemKind Exclusion = new(nameof(Exclusion), 15, "excluded", null, null);

    /// <summary>One child's per-measure outcomes in a KPI return (<c>children</c>; no CSV file).</summary>
    public static readonly InputItemKind ChildOutcome = new(nameof(ChildOutcome), 16, "childOutcomes", null, null);

    /// <summary>A child document of a YJAF-shaped input (<c>documents</c>; no CSV file): counted once per document, and
    /// rejected when another document of the same child is later (<c>YJAF-001</c>) or the child is deleted (<c>YJAF-002</c>).</summary>
    public static readonly InputItemKind YjafDocument = new(nameof(YjafDocument), 17, "documents", null, null);

    /// <summary>A court hearing of a child (<c>hearings</c>, <c>hearings.csv</c>; added in 0.1.0), with its remand
    /// decision and linked offences; in a YJAF document a <c>hearing</c> item, which also gives the first hearing dates
    /// of the outcomes of its linked offences.</summary>
    public static readonly InputItemKind Hearing = new(nameof(Hearing), 18, "hearings", "hearings.csv", Child);

    /// <summary>A link item of a YJAF document (<c>link_offence_intervention_programme</c>, <c>link_hearing_offence</c>,
    /// <c>link_offence_victim_intervention</c>; no CSV file).</summary>
    public static readonly InputItemKind YjafLink = new(nameof(YjafLink), 19, "links", null, Child);

    /// <summary>An item of a YJAF document of a type our model does not carry (<c>transfer</c>,
    /// <c>parenting_intervention</c>, <c>asset_plus</c> ...; no CSV file): accepted, counted and named in a warning, not used.</summary>
    public static readonly InputItemKind YjafOtherItem = new(nameof(YjafOtherItem), 20, "otherItems", null, Child);

    private InputItemKind(string name, int value, string jsonName, string? csvFile, InputItemKind? parent)
        : base(name, value)
    {
        JsonName = jsonName;
        CsvFile = csvFile;
        Parent = parent;
    }

    /// <summary>The JSON property that holds items of this kind (<c>children</c>, <c>ete</c>).</summary>
    public string JsonName { get; }

    /// <summary>The CSV file that holds items of this kind (<c>children.csv</c>, <c>ete.csv</c>), or <see langword="null"/>
    /// for the items of a KPI return, which has no CSV form.</summary>
    public string? CsvFile { get; }

    /// <summary>The kind of item this one belongs to (a child for an offence, an offence for an outcome), or
    /// <see langword="null"/> for the top-level kinds.</summary>
    public InputItemKind? Parent { get; }
}
