using System.Collections.Frozen;
using System.Text;

namespace YouthJustice.Interchange.Records;

/// <summary>
/// The fields of every record of the case-level format (spec/interchange.md), the one list that the JSON reader,
/// the CSV reader and both writers follow.
/// </summary>
internal static class RecordLayout
{
    internal const string Schema = "schema";
    internal const string Service = "service";
    internal const string Populations = "populations";
    internal const string BoardAttendance = "boardAttendance";
    internal const string Children = "children";

    /// <summary>The pseudo-field of CSV rows naming the child they belong to (<c>child_id</c>).</summary>
    internal const string ChildLink = "childId";

    /// <summary>The pseudo-field of <c>outcomes.csv</c> rows naming the offence they belong to (<c>offence_id</c>).</summary>
    internal const string OffenceLink = "offenceId";

    internal static readonly IReadOnlyList<RecordField> ServiceFields = [new("code", true), new("name", true)];

    internal static readonly IReadOnlyList<RecordField> DocumentFields =
        [new(Schema, true), new(Service, true), new(Populations, false, true), new(BoardAttendance, false, true), new(Children, false, true)];

    private static readonly FrozenDictionary<InputItemKind, IReadOnlyList<RecordField>> Layouts = new Dictionary<InputItemKind, IReadOnlyList<RecordField>>
    {
        [InputItemKind.Child] =
        [
            new("id", true), new("dateOfBirth", false), new("sex", true), new("ethnicity", true),
            new("offences", false, true), new("interventions", false, true), new("accommodation", false, true), new("ete", false, true),
            new("sendAln", false, true), new("mentalHealth", false, true), new("substanceMisuse", false, true), new("careStatus", false, true),
            new("victims", false, true), new("hearings", false, true),
        ],
        [InputItemKind.Offence] =
        [
            new("id", true), new("offenceDate", true), new("arrestDate", false), new("category", true), new("seriousness", true),
            new("knifeRelated", true), new("outcomes", false, true),
        ],
        [InputItemKind.Outcome] =
            [new("date", true), new("outcome", true), new("firstHearingDate", false), new("appealStatus", false), new("residentInArea", false)],
        [InputItemKind.Intervention] =
            [new("id", true), new("disposal", true), new("start", true), new("end", false), new("offenceIds", false), new("completedSuccessfully", false), new("releaseDate", false)],
        [InputItemKind.Accommodation] =
            [new("start", false), new("end", false), new("type", true), new("suitability", false), new("primary", true)],
        [InputItemKind.Ete] =
            [new("start", false), new("end", false), new("provision", true), new("suitability", false), new("hoursOffered", false), new("hoursAttended", false)],
        [InputItemKind.SendAln] = [new("start", false), new("end", false), new("identified", false), new("formalPlan", false)],
        [InputItemKind.MentalHealth] = Health,
        [InputItemKind.SubstanceMisuse] = Health,
        [InputItemKind.CareStatus] = [new("status", true), new("start", false), new("end", false)],
        [InputItemKind.Victim] =
        [
            new("id", true), new("offenceIds", false), new("consentToContact", false), new("engagedRestorativeJustice", false),
            new("viewsSoughtBeforeDecision", false), new("progressRequested", false), new("progressProvided", false),
            new("supportRequested", false), new("supportProvided", false), new("contacted", false),
        ],
        [InputItemKind.Hearing] = [new("id", true), new("date", true), new("remandDecision", false), new("offenceIds", false)],
        [InputItemKind.Population] = [new("year", true), new("aged10To17", true)],
        [InputItemKind.BoardAttendance] =
            [new("quarter", true), new("sector", true), new("senior", true), new("delegate", true), new("newPartner", true)],
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<InputItemKind, FrozenSet<string>> Names =
        Layouts.ToFrozenDictionary(p => p.Key, p => p.Value.Select(f => f.Name).ToFrozenSet(StringComparer.Ordinal));

    internal static readonly FrozenSet<string> ServiceNames = ServiceFields.Select(f => f.Name).ToFrozenSet(StringComparer.Ordinal);

    internal static readonly FrozenSet<string> DocumentNames = DocumentFields.Select(f => f.Name).ToFrozenSet(StringComparer.Ordinal);

    private static IReadOnlyList<RecordField> Health =>
        [new("screened", false), new("referred", false), new("offered", false), new("attendedStart", false), new("attendedEnd", false), new("intervention", false)];

    internal static IReadOnlyList<RecordField> Fields(InputItemKind kind) => Layouts[kind];

    internal static IReadOnlySet<string> FieldNames(InputItemKind kind) => Names[kind];

    /// <summary>snake_case of a JSON name: <c>hoursOffered</c> → <c>hours_offered</c>, <c>aged10To17</c> → <c>aged_10_to_17</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0)
            {
                var previous = name[i - 1];
                var boundary = char.IsUpper(c)
                    || (char.IsDigit(c) && !char.IsDigit(previous))
                    || (!char.IsDigit(c) && char.IsDigit(previous));
                if (boundary)
                {
                    text.Append('_');
                }
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
