using System;
using System.Collections.Generic;
using YouthJustice.Domain.Services;
using YouthJustice.Domain.Sources;
using YouthJustice.Domain.Time;
using YouthJustice.Kpi.Engine;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Kpi.Measures;

/// <summary>
/// KPI 7 (public numbering; YJB return table 8, <c>kpi8_mba_v1</c>) — Management board attendance: the proportion of
/// the five statutory partners represented by a senior partner at the YJS management board(s) in the quarter.
/// </summary>
/// <remarks>
/// <para><b>Input</b>: the service's <see cref="ServiceData.BoardAttendance"/> entries of the quarter; it is a
/// summary-only measure, counted by sector and never by child.</para>
/// <para><b>Denominator</b>: always 5 (the statutory sectors: children's social care, education, police, probation,
/// health), even when the service returned nothing for the quarter (then 0/5 = 0.0%, not "no data").</para>
/// <para><b>Numerator</b>: the statutory sectors for which any entry of the quarter has <c>senior</c> true; each
/// sector counts at most once. <see cref="BoardSector.Other"/> is ignored (kpi-rules §2.8, §13.11).</para>
/// <para><b>Sub-measures</b>: 7a senior attendance by sector (1/1 or 0/1); 7b sectors represented by a delegated
/// (non-senior) partner ÷ 5, counted independently of senior attendance as the return's "Delegated or non-senior
/// partner" row is; 7c delegated attendance by sector; the number of statutory sectors with a new partner, where a
/// <c>newPartner</c> flag counts only on an entry on which someone attended, senior or delegate (kpi-rules §13.23). The catalogue, <see cref="ManagementBoardMeasures"/>, writes
/// every id out and gives 7a and 7c their sectors.</para>
/// <para><b>Explanation</b>: every measure is counted by sector, so every child's explanation of every measure is
/// "a service-level measure".</para>
/// <para><b>Definition sets</b>: the same under 2023 and 2024.</para>
/// </remarks>
[Source("YJB KPI guidance, management board attendance (gov.uk S1); YJB pipeline kpi8_summary(_v8), kpi8_summary_long (kpi-rules §2.8, §13.11, S21)")]
internal sealed class ManagementBoardAttendanceKpi : ServiceKpi
{
    private const int SectorCount = BoardSector.StatutorySectorCount;

    private static readonly ManagementBoardMeasure[] Catalogue = ManagementBoardMeasures.All;

    /// <summary>The five statutory sectors, in the catalogue's order of 7a (the YJB return's columns a–e).</summary>
    private static readonly BoardSector[] Sectors = Array.ConvertAll(MeasureCatalogue.IndicesOf(Catalogue, m => m.Rule == ManagementBoardRule.SeniorBySector), m => Catalogue[m].Sector!);

    /// <summary>The explanation of every KPI 7 measure for every child: children play no part in it.</summary>
    private static readonly Reason ServiceLevel = new("a service-level measure");

    private readonly MeasureDefinition[] _measures = Array.ConvertAll(Catalogue, m => new MeasureDefinition(m.Id, m.Title, m.Unit, KpiArea.ManagementBoardAttendance, false));

    public override KpiArea? Area => KpiArea.ManagementBoardAttendance;

    public override IReadOnlyList<MeasureDefinition> Measures => _measures;

    public override IReadOnlyList<MeasureResult> Compute(ServiceContext context)
    {
        var attendance = SectorsOf(context.Table.Service.BoardAttendance, context.Quarter);
        var results = new MeasureResult[Catalogue.Length];
        for (var m = 0; m < Catalogue.Length; m++)
        {
            results[m] = new MeasureResult(_measures[m], Figure(Catalogue[m], attendance));
        }

        return results;
    }

    public override void Explain(ServiceContext context, int child, MeasureSinkSlice sink)
    {
        for (var m = 0; m < _measures.Length; m++)
        {
            sink.NotInDenominator(m, ServiceLevel);
        }
    }

    /// <summary>One measure's figure from the quarter's attendance by sector (kpi-rules §2.8, §13.11, §13.23).</summary>
    private static Fraction Figure(ManagementBoardMeasure measure, SectorAttendance attendance)
        => measure.Rule switch
        {
            ManagementBoardRule.Headline => new Fraction(CountOf(attendance.Senior), SectorCount),
            ManagementBoardRule.SeniorBySector => new Fraction(attendance.Senior[IndexOf(measure.Sector!)] ? 1 : 0, 1),
            ManagementBoardRule.DelegatedSectors => new Fraction(CountOf(attendance.Delegate), SectorCount),
            ManagementBoardRule.DelegatedBySector => new Fraction(attendance.Delegate[IndexOf(measure.Sector!)] ? 1 : 0, 1),
            _ => Fraction.OfCount(CountOf(attendance.NewPartner)),
        };

    private static int CountOf(bool[] bySector)
    {
        var count = 0;
        foreach (var yes in bySector)
        {
            count += yes ? 1 : 0;
        }

        return count;
    }

    /// <summary>For each statutory sector (in <see cref="Sectors"/> order), whether any entry of the quarter says so.</summary>
    internal static SectorAttendance SectorsOf(IReadOnlyList<BoardAttendance> entries, ReportingQuarter quarter)
    {
        var result = new SectorAttendance(new bool[SectorCount], new bool[SectorCount], new bool[SectorCount]);
        foreach (var entry in entries)
        {
            if (entry.Quarter != quarter)
            {
                continue;
            }

            var s = IndexOf(entry.Sector);
            if (s < 0)
            {
                continue; // "Other" is excluded from the KPI by agreement (kpi-rules §2.8).
            }

            result.Senior[s] |= entry.Senior;
            result.Delegate[s] |= entry.Delegate;
            // kpi-rules §13.23: a new partner counts only on an entry where someone attended (senior or delegate).
            result.NewPartner[s] |= entry.NewPartner && (entry.Senior || entry.Delegate);
        }

        return result;
    }

    private static int IndexOf(BoardSector sector)
    {
        for (var s = 0; s < Sectors.Length; s++)
        {
            if (Sectors[s] == sector)
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>Per statutory sector: a senior partner attended, a delegate attended, a new partner attended.</summary>
    internal readonly record struct SectorAttendance(bool[] Senior, bool[] Delegate, bool[] NewPartner);
}
