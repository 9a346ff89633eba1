using System.Collections.Generic;
using System.Globalization;
using System.Text;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi.Engine;

/// <summary>Keeps, for one child, each measure's status and the reasons turned into sentences that name the
/// records and dates that decided it.</summary>
internal sealed class ExplanationSink : IMeasureSink
{
    private readonly CaseTable _table;
    private readonly int _child;
    private readonly Dictionary<int, (ChildMeasureStatus Status, List<string> Reasons)> _byMeasure = [];

    public ExplanationSink(CaseTable table, int child)
    {
        _table = table;
        _child = child;
    }

    public IReadOnlyDictionary<int, (ChildMeasureStatus Status, List<string> Reasons)> ByMeasure => _byMeasure;

    public void Record(int measure, ChildMeasureStatus status, in Reason reason)
    {
        if (!_byMeasure.TryGetValue(measure, out var entry))
        {
            entry = (status, []);
        }

        entry.Status = status;
        entry.Reasons.Add(Format(reason));
        _byMeasure[measure] = entry;
    }

    public string Format(in Reason reason)
    {
        var text = reason.Template;
        if (text.Contains("{record}", System.StringComparison.Ordinal))
        {
            text = text.Replace("{record}", DescribeRecord(reason.Kind, reason.Row), System.StringComparison.Ordinal);
        }

        if (text.Contains("{day}", System.StringComparison.Ordinal))
        {
            text = text.Replace("{day}", Iso(reason.Day), System.StringComparison.Ordinal);
        }

        return text;
    }

    internal static string Iso(int day)
        => day == Days.None ? "no date" : day == Days.Open ? "open" : Days.ToDate(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Period(int start, int end)
        => string.Create(CultureInfo.InvariantCulture, $"from {(start == Days.None ? "no start date" : Iso(start))}{(end == Days.Open ? ", open" : " to " + Iso(end))}");

    private static string YesNo(bool? value) => value switch { true => "yes", false => "no", null => "not recorded" };

    private string DescribeRecord(RecordKind kind, int row)
    {
        if (row < 0)
        {
            return "no record";
        }

        var sb = new StringBuilder();
        switch (kind)
        {
            case RecordKind.Intervention:
            {
                var r = _table.Interventions[row];
                sb.Append(CultureInfo.InvariantCulture, $"intervention {_table.InterventionIds[row]} ({YouthJustice.Domain.Disposals.Disposal.FromValue(r.Disposal).Name}) {Period(r.Start, r.End)}");
                break;
            }

            case RecordKind.Offence:
            {
                var o = _table.Offences[row];
                sb.Append(CultureInfo.InvariantCulture, $"offence {_table.OffenceIds[row]} ({YouthJustice.Domain.Offences.OffenceCategory.FromValue(o.Category).Name}, seriousness {o.Seriousness}, offence date {Iso(o.OffenceDate)})");
                break;
            }

            case RecordKind.Outcome:
            {
                var r = _table.Outcomes[row];
                var disposal = YouthJustice.Domain.Disposals.Disposal.FromValue(r.Disposal);
                sb.Append(CultureInfo.InvariantCulture, $"legal outcome {disposal.Name} on {Iso(r.Date)}");
                break;
            }

            case RecordKind.Accommodation:
            {
                var a = _table.ChildAt(_child).Accommodation[row - _table.AccommodationStart(_child)];
                var r = _table.Accommodation[row];
                sb.Append(CultureInfo.InvariantCulture, $"accommodation period {Period(r.Start, r.End)}, {a.Type.Name}, suitability {a.Suitability?.Name ?? "not recorded"}{(a.Primary ? ", primary" : string.Empty)}");
                break;
            }

            case RecordKind.Ete:
            {
                var e = _table.ChildAt(_child).Ete[row - _table.EteStart(_child)];
                var r = _table.Ete[row];
                sb.Append(CultureInfo.InvariantCulture, $"ETE period {Period(r.Start, r.End)}, {e.Provision.Name}, suitability {e.Suitability?.Name ?? "not recorded"}, hours offered {e.HoursOffered?.ToString(CultureInfo.InvariantCulture) ?? "not recorded"}, attended {e.HoursAttended?.ToString(CultureInfo.InvariantCulture) ?? "not recorded"}");
                break;
            }

            case RecordKind.SendAln:
            {
                var s = _table.ChildAt(_child).SendAln[row - _table.SendAlnStart(_child)];
                var r = _table.SendAln[row];
                sb.Append(CultureInfo.InvariantCulture, $"SEND/ALN record {Period(r.Start, r.End)}, identified {YesNo(s.Identified)}, formal plan {YesNo(s.FormalPlan)}");
                break;
            }

            case RecordKind.MentalHealth:
            case RecordKind.SubstanceMisuse:
            {
                var r = kind == RecordKind.MentalHealth ? _table.MentalHealth[row] : _table.SubstanceMisuse[row];
                var name = kind == RecordKind.MentalHealth
                    ? _table.ChildAt(_child).MentalHealth[row - _table.MentalHealthStart(_child)].Intervention?.Name
                    : _table.ChildAt(_child).SubstanceMisuse[row - _table.SubstanceMisuseStart(_child)].Intervention?.Name;
                sb.Append(CultureInfo.InvariantCulture, $"{(kind == RecordKind.MentalHealth ? "mental-health" : "substance-misuse")} record (screened {Iso(r.Screened)}, offered {Iso(r.Offered)}, attended {Iso(r.AttendedStart)} to {Iso(r.AttendedEnd)}, intervention {name ?? "not recorded"})");
                break;
            }

            case RecordKind.CareStatus:
            {
                var p = _table.ChildAt(_child).CareStatus[row - _table.CareStart(_child)];
                var r = _table.Care[row];
                sb.Append(CultureInfo.InvariantCulture, $"care status {p.Status.Name} {Period(r.Start, r.End)}");
                break;
            }

            case RecordKind.Victim:
            {
                var v = _table.ChildAt(_child).Victims[row - _table.VictimStart(_child)];
                sb.Append(CultureInfo.InvariantCulture, $"victim {v.Id} (consent to contact {YesNo(v.ConsentToContact)}, engaged with restorative justice {YesNo(v.EngagedRestorativeJustice)})");
                break;
            }

            case RecordKind.Hearing:
            {
                var h = _table.ChildAt(_child).Hearings[row - _table.HearingStart(_child)];
                sb.Append(CultureInfo.InvariantCulture, $"hearing {h.Id} on {Iso(_table.Hearings[row].Date)} (remand decision {h.RemandDecision.Name}; offences {string.Join(", ", h.OffenceIds)})");
                break;
            }

            default:
                sb.Append("record");
                break;
        }

        return sb.ToString();
    }
}
