using YouthJustice.Domain.Children;
using YouthJustice.Domain.Disposals;
using YouthJustice.Interchange.Explanations;
using YouthJustice.Interchange.Returns;
using YouthJustice.Kpi;
using YouthJustice.Kpi.Cohorts;
using YouthJustice.Kpi.Explanations;
using YouthJustice.Kpi.Results;

namespace YouthJustice.Interchange.Validation;

/// <summary>
/// Compares another system's KPI return (a <see cref="KpiReturnDocument"/>, as <see cref="KpiReturnJsonReader"/>
/// reads it) with ours, measure by measure and split by split, and, when their return carries its per-child list,
/// child by child. Every discrepancy comes with the children that explain it and our reason for each (the deciding
/// rule and the records), from <see cref="KpiEngine.Outcomes"/> and <see cref="KpiEngine.Explain"/>. What
/// <c>yj validate</c> runs; a vendor's own system can call it without the tool.
/// </summary>
/// <remarks>
/// Only what their return gives is compared: a measure they leave out is counted in
/// <see cref="ValidationReport.MeasuresNotInTheirs"/>; a value of <see langword="null"/> is not compared (the document
/// cannot tell it from a value left out; the reader warns when a value does not match its numerator and denominator).
/// A return for another service is always a discrepancy (decision IX-R4).
/// </remarks>
public sealed class ReturnValidator
{
    /// <summary>How many explaining children a discrepancy lists; the rest are counted.</summary>
    public const int ChildrenListed = 10;

    private readonly KpiEngine _engine;
    private readonly PreparedService _service;
    private readonly KpiReturn _ours;
    private readonly Dictionary<string, ChildOutcomes> _outcomes;
    private readonly HashSet<string> _cohortMeasures;
    private readonly Dictionary<string, ChildExplanation?> _explanations = new(StringComparer.Ordinal);

    /// <summary>Prepares a comparison with our return <paramref name="ours"/>, computed by <paramref name="engine"/> from <paramref name="service"/>.</summary>
    /// <param name="engine">The engine that computed <paramref name="ours"/>; it explains the children.</param>
    /// <param name="service">The service's prepared data.</param>
    /// <param name="ours">Our return for the quarter and definitions of theirs.</param>
    public ReturnValidator(KpiEngine engine, PreparedService service, KpiReturn ours)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(service);
        ArgumentNullException.ThrowIfNull(ours);
        _engine = engine;
        _service = service;
        _ours = ours;
        var outcomes = engine.Outcomes(service, ours.Quarter, ours.Definitions);
        _outcomes = outcomes.ToDictionary(o => o.ChildId.Value, StringComparer.Ordinal);
        _cohortMeasures = outcomes.Count > 0
            ? outcomes[0].Statuses.Keys.ToHashSet(StringComparer.Ordinal)
            : [];
    }

    /// <summary>Our return, computed for the quarter and definitions of <paramref name="theirs"/>, compared with it.</summary>
    /// <param name="engine">The engine.</param>
    /// <param name="service">The service's prepared data.</param>
    /// <param name="theirs">Their return.</param>
    /// <returns>The report: every discrepancy with the children that explain it.</returns>
    public static ValidationReport Validate(KpiEngine engine, PreparedService service, KpiReturnDocument theirs)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(theirs);
        var ours = engine.Compute(service, theirs.Quarter, theirs.Definitions);
        return new ReturnValidator(engine, service, ours).Compare(theirs);
    }

    /// <summary>Compares their return with ours.</summary>
    /// <param name="theirs">Their return; its quarter and definitions should be those of ours.</param>
    /// <returns>The report: every discrepancy with the children that explain it.</returns>
    public ValidationReport Compare(KpiReturnDocument theirs)
    {
        ArgumentNullException.ThrowIfNull(theirs);
        var notes = new List<string>();
        var discrepancies = new List<Discrepancy>();
        if (theirs.Service != _ours.Service.Value)
        {
            // Another service's return never "agrees" with this data, whatever its figures (decision IX-R4).
            discrepancies.Add(new Discrepancy(
                DiscrepancyKind.Service, "service", null, _ours.Service.Value, theirs.Service,
                $"Their return is for service '{theirs.Service}'; the data is for '{_ours.Service.Value}': a return can only agree with its own service's data. Figures are compared all the same.",
                [], 0));
        }

        if (theirs.Quarter != _ours.Quarter || theirs.Definitions != _ours.Definitions)
        {
            notes.Add($"Their return is for {theirs.Quarter}, definitions {theirs.Definitions.Name}; ours for {_ours.Quarter}, definitions {_ours.Definitions.Name}.");
        }

        var order = _ours.Measures.Select((m, i) => (m.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var compared = 0;
        foreach (var measure in theirs.Measures.OrderBy(m => order.GetValueOrDefault(m.Id, int.MaxValue)))
        {
            var ours = _ours.Find(measure.Id);
            var figure = TheirFigure.Of(measure);
            if (ours is null)
            {
                discrepancies.Add(new Discrepancy(
                    DiscrepancyKind.UnknownMeasure, measure.Id, null, "-", Figure(figure),
                    string.Create(CultureInfo.InvariantCulture, $"Their return has the measure '{measure.Id}', which is not one of the {_ours.Measures.Count} measures computed here; check the id against KpiEngine.Catalogue (docs/kpis/)."),
                    [], 0));
                continue;
            }

            compared++;
            CompareMeasure(measure, figure, ours, theirs.Children, discrepancies);
        }

        CompareCohort(theirs, discrepancies);
        var childrenCompared = theirs.Children is null ? 0 : CompareChildren(theirs.Children, discrepancies);
        var notInTheirs = _ours.Measures.Count(m => theirs.Measures.All(t => t.Id != m.Id));
        return new ValidationReport(_ours.Quarter.ToString(), _ours.Definitions.Name, compared, notInTheirs, childrenCompared, discrepancies, notes)
        {
            Profile = _ours.Profile.IsGuidance ? null : _ours.Profile.Name,
        };
    }

    private static string Figure(Fraction fraction, MeasureUnit unit)
        => unit == MeasureUnit.Count
            ? fraction.Numerator.ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{fraction.Numerator}/{fraction.Denominator} = {fraction.Display(unit)}");

    private static string Figure(TheirFigure figure)
    {
        var parts = figure.Numerator is null && figure.Denominator is null
            ? string.Empty
            : string.Create(CultureInfo.InvariantCulture, $"{(figure.Numerator is { } n ? n.ToString(CultureInfo.InvariantCulture) : "?")}/{(figure.Denominator is { } d ? d.ToString(CultureInfo.InvariantCulture) : "?")}");
        if (figure.Value is not { } v)
        {
            return parts.Length == 0 ? "(nothing given)" : parts;
        }

        var value = v.ToString("0.0", CultureInfo.InvariantCulture);
        return parts.Length == 0 ? value : parts + " = " + value;
    }

    private static bool Differs(TheirFigure theirs, Fraction ours, MeasureUnit unit)
        => (theirs.Numerator is { } n && n != ours.Numerator)
           || (theirs.Denominator is { } d && unit != MeasureUnit.Count && d != ours.Denominator)
           || (theirs.Value is { } value && value != ours.ValueIn(unit));

    private void CompareMeasure(ReturnedMeasure theirs, TheirFigure theirFigure, MeasureResult ours, IReadOnlyList<ReturnedChild>? children, List<Discrepancy> discrepancies)
    {
        var unit = ours.Definition.Unit;
        if (Differs(theirFigure, ours.Fraction, unit))
        {
            var (explaining, more) = Explaining(ours.Id, null, theirFigure, ours.Fraction, children);
            discrepancies.Add(new Discrepancy(
                DiscrepancyKind.Measure, ours.Id, null, Figure(ours.Fraction, unit), Figure(theirFigure),
                Summary(ours, theirFigure, ours.Fraction, null) + OwnChildren(ours.Id, children, explaining), explaining, more));
        }

        // The reader keys the split by type of order, so an unknown key never reaches here: it is the reader's issue.
        foreach (var (type, fraction) in theirs.ByTypeOfOrder)
        {
            var typeName = type.Name;
            var figure = TheirFigure.Of(fraction);
            if (!ours.ByTypeOfOrder.TryGetValue(type, out var cell))
            {
                discrepancies.Add(new Discrepancy(
                    DiscrepancyKind.Split, ours.Id, typeName, "-", Figure(figure),
                    $"{ours.Id} is not split by type of order here; their return gives a {typeName} cell.",
                    [], 0));
                continue;
            }

            if (Differs(figure, cell, unit))
            {
                var (explaining, more) = Explaining(ours.Id, type, figure, cell, children);
                discrepancies.Add(new Discrepancy(
                    DiscrepancyKind.Split, ours.Id, typeName, Figure(cell, unit), Figure(figure),
                    Summary(ours, figure, cell, type) + OwnChildren(ours.Id, children, explaining), explaining, more));
            }
        }
    }

    // With a per-child list in which no child differs, the other return's figure does not match its own children.
    private string OwnChildren(string measureId, IReadOnlyList<ReturnedChild>? children, IReadOnlyList<ExplainingChild> explaining)
        => children is not null && explaining.Count == 0 && _cohortMeasures.Contains(measureId)
            ? " Their per-child list gives every child the same status as ours on this measure: their figure does not add up from their own children."
            : string.Empty;

    private static string Summary(MeasureResult ours, TheirFigure theirs, Fraction cell, TypeOfOrder? type)
    {
        var what = type is null ? ours.Id : $"{ours.Id} ({type.Name})";
        var parts = new List<string>();
        if (theirs.Denominator is { } d && ours.Definition.Unit != MeasureUnit.Count && d != cell.Denominator)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"their denominator is {(d > cell.Denominator ? "higher" : "lower")} by {Math.Abs(d - cell.Denominator)}"));
        }

        if (theirs.Numerator is { } n && n != cell.Numerator)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"their numerator is {(n > cell.Numerator ? "higher" : "lower")} by {Math.Abs(n - cell.Numerator)}"));
        }

        if (parts.Count == 0)
        {
            return $"{what}: the same numerator and denominator but another value; values are the exact numerator ÷ denominator in the unit, rounded half away from zero to one decimal place, and no value when the denominator is 0 (kpi-rules §13.15).";
        }

        return $"{what} — {ours.Definition.Title}: {string.Join("; ", parts)}.";
    }

    // The children that can explain a difference on a cohort measure: from their per-child list when given, otherwise
    // our children on the side of the difference (those we do not count when they count more, and the reverse).
    private (IReadOnlyList<ExplainingChild> Children, int More) Explaining(string measureId, TypeOfOrder? type, TheirFigure theirs, Fraction ours, IReadOnlyList<ReturnedChild>? children)
    {
        if (!_cohortMeasures.Contains(measureId))
        {
            return ([], 0);
        }

        var list = new List<ExplainingChild>();
        if (children is not null)
        {
            foreach (var child in children)
            {
                if (type is not null && child.TypeOfOrder != type)
                {
                    continue;
                }

                if (!child.Measures.TryGetValue(measureId, out var theirStatus))
                {
                    continue;
                }

                var ourStatus = _outcomes.TryGetValue(child.ChildId, out var outcome) ? outcome.Statuses[measureId] : (ChildMeasureStatus?)null;
                if (ourStatus != theirStatus)
                {
                    list.Add(Child(child.ChildId, measureId, ourStatus, theirStatus));
                }
            }

            return Cap(list);
        }

        var members = _outcomes.Values.Where(o => type is null || o.TypeOfOrder == type).ToList();
        if (theirs.Denominator is { } d && d != ours.Denominator)
        {
            if (d > ours.Denominator)
            {
                list.AddRange(members.Where(o => o.Statuses[measureId] == ChildMeasureStatus.NotInDenominator).Select(o => Child(o.ChildId.Value, measureId, ChildMeasureStatus.NotInDenominator, null)));
                if (type is null)
                {
                    list.AddRange(_ours.Cohort.Exclusions.Select(Excluded));
                }
            }
            else
            {
                list.AddRange(members.Where(o => o.Statuses[measureId] != ChildMeasureStatus.NotInDenominator).Select(o => Child(o.ChildId.Value, measureId, o.Statuses[measureId], null)));
            }
        }

        if (theirs.Numerator is { } n && n != ours.Numerator)
        {
            var side = n > ours.Numerator
                ? members.Where(o => o.Statuses[measureId] is ChildMeasureStatus.NotMet or ChildMeasureStatus.NoData)
                : members.Where(o => o.Statuses[measureId] == ChildMeasureStatus.Met);
            list.AddRange(side.Where(o => list.TrueForAll(c => c.ChildId != o.ChildId.Value)).Select(o => Child(o.ChildId.Value, measureId, o.Statuses[measureId], null)));
        }

        return Cap(list);
    }

    private static (IReadOnlyList<ExplainingChild>, int) Cap(List<ExplainingChild> list)
        => list.Count <= ChildrenListed ? (list, 0) : (list.Take(ChildrenListed).ToList(), list.Count - ChildrenListed);

    private ExplainingChild Child(string childId, string measureId, ChildMeasureStatus? ours, ChildMeasureStatus? theirs)
    {
        var explanation = ExplanationOf(childId);
        IReadOnlyList<string> why = explanation is null
            ? [$"No child with id '{childId}' is in the data."]
            : explanation.Standing != CohortStanding.Member
                ? [ExplanationText.Summary(explanation)]
                // "cohort" (a child they excluded and we count) is no measure: the summary says where the child stands.
                : explanation.Measures.FirstOrDefault(m => m.MeasureId == measureId)?.Reasons ?? [ExplanationText.Summary(explanation)];
        var oursText = ours is { } status ? ExplanationText.Words(status) : explanation is null ? "not in the data" : Standing(explanation);
        return new ExplainingChild(childId, oursText, theirs is { } t ? ExplanationText.Words(t) : null, why);
    }

    private ExplainingChild Excluded(CohortExclusion exclusion)
        => new(exclusion.ChildId.Value, "excluded: " + exclusion.Reason.Name, null, [exclusion.Detail]);

    private static string Standing(ChildExplanation explanation) => explanation.Standing switch
    {
        CohortStanding.Member => "in the cohort",
        CohortStanding.Excluded => "excluded: " + explanation.Exclusion!.Reason.Name,
        _ => "not a candidate",
    };

    private ChildExplanation? ExplanationOf(string childId)
    {
        if (_explanations.TryGetValue(childId, out var known))
        {
            return known;
        }

        ChildExplanation? explanation = null;
        if (ChildId.Parse(childId).TryPickT0(out var id, out _))
        {
            var result = _engine.Explain(_service, id, _ours.Quarter, _ours.Definitions);
            explanation = result.IsT0 ? result.AsT0 : null;
        }

        _explanations[childId] = explanation;
        return explanation;
    }

    private void CompareCohort(KpiReturnDocument theirs, List<Discrepancy> discrepancies)
    {
        var ours = _ours.Cohort;
        var count = theirs.CohortChildren;
        if (count != ours.Members.Count)
        {
            var list = new List<ExplainingChild>();
            if (theirs.Children is not null)
            {
                var theirIds = theirs.Children.Select(c => c.ChildId).ToHashSet(StringComparer.Ordinal);
                list.AddRange(theirIds.Where(id => !_outcomes.ContainsKey(id)).Order(StringComparer.Ordinal).Select(id => Child(id, "cohort", null, ChildMeasureStatus.Met)));
                list.AddRange(ours.Members.Where(m => !theirIds.Contains(m.ChildId.Value)).Select(m => new ExplainingChild(m.ChildId.Value, "in the cohort", "not in their list", [ExplanationText.Summary(ExplanationOf(m.ChildId.Value)!)])));
            }

            var (children, more) = Cap(list);
            discrepancies.Add(new Discrepancy(
                DiscrepancyKind.CohortSize, "cohort", null,
                ours.Members.Count.ToString(CultureInfo.InvariantCulture) + " children", count.ToString(CultureInfo.InvariantCulture) + " children",
                string.Create(CultureInfo.InvariantCulture, $"Their cohort has {(count > ours.Members.Count ? "more" : "fewer")} children ({count}) than ours ({ours.Members.Count}): children with an order ending in the quarter, one row per child, after the exclusions (kpi-rules §1.2, §13.2-§13.5)."),
                children, more));
        }

        var theirExclusions = theirs.Excluded.GroupBy(e => e.ChildId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Reason.Name, StringComparer.Ordinal);
        var ourExclusions = ours.Exclusions.ToDictionary(e => e.ChildId.Value, StringComparer.Ordinal);
        foreach (var (childId, reason) in theirExclusions.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (ourExclusions.TryGetValue(childId, out var ourExclusion))
            {
                if (ourExclusion.Reason.Name != reason)
                {
                    discrepancies.Add(new Discrepancy(
                        DiscrepancyKind.Exclusion, "cohort", null, "excluded: " + ourExclusion.Reason.Name, "excluded: " + reason,
                        $"{childId} is excluded in both returns, for different reasons: a candidate is excluded for the first check it fails, and a child with several candidates for the reason of the one that passed the most checks (kpi-rules §13.16).",
                        [Excluded(ourExclusion)], 0));
                }

                continue;
            }

            var explanation = ExplanationOf(childId);
            discrepancies.Add(new Discrepancy(
                DiscrepancyKind.Exclusion, "cohort", null, explanation is null ? "not in the data" : Standing(explanation), "excluded: " + reason,
                $"They exclude {childId} ({reason}); we do not.",
                [Child(childId, "cohort", null, null)], 0));
        }

        foreach (var exclusion in ours.Exclusions.Where(e => !theirExclusions.ContainsKey(e.ChildId.Value)))
        {
            discrepancies.Add(new Discrepancy(
                DiscrepancyKind.Exclusion, "cohort", null, "excluded: " + exclusion.Reason.Name, "not excluded",
                $"We exclude {exclusion.ChildId} ({exclusion.Reason.Name}: {exclusion.Reason.Description}); their return does not list the child as excluded.",
                [Excluded(exclusion)], 0));
        }
    }

    private int CompareChildren(IReadOnlyList<ReturnedChild> children, List<Discrepancy> discrepancies)
    {
        var theirIds = children.Select(c => c.ChildId).ToHashSet(StringComparer.Ordinal);
        foreach (var child in children)
        {
            if (!_outcomes.TryGetValue(child.ChildId, out var ours))
            {
                var explanation = ExplanationOf(child.ChildId);
                discrepancies.Add(new Discrepancy(
                    DiscrepancyKind.Child, "cohort", null, explanation is null ? "not in the data" : Standing(explanation), "in the cohort",
                    $"{child.ChildId} is in their cohort, not in ours.",
                    [Child(child.ChildId, "cohort", null, null)], 0));
                continue;
            }

            if (child.TypeOfOrder is var type && type != ours.TypeOfOrder)
            {
                discrepancies.Add(new Discrepancy(
                    DiscrepancyKind.Child, "typeOfOrder", null, ours.TypeOfOrder.Name, type.Name,
                    $"{child.ChildId}'s type of order differs: ours comes from the kept row, the most serious outcome then the latest outcome date (kpi-rules §13.3).",
                    [new ExplainingChild(child.ChildId, ours.TypeOfOrder.Name, type.Name, [ExplanationText.Summary(ExplanationOf(child.ChildId)!)])], 0));
            }

            foreach (var (measureId, theirStatus) in child.Measures.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                if (!ours.Statuses.TryGetValue(measureId, out var ourStatus) || ourStatus == theirStatus)
                {
                    continue;
                }

                var explaining = Child(child.ChildId, measureId, ourStatus, theirStatus);
                discrepancies.Add(new Discrepancy(
                    DiscrepancyKind.Child, measureId, null, explaining.Ours, explaining.Theirs!,
                    $"{child.ChildId} on {measureId}: ours {explaining.Ours}, theirs {explaining.Theirs}.",
                    [explaining], 0));
            }
        }

        foreach (var member in _outcomes.Values.Where(o => !theirIds.Contains(o.ChildId.Value)))
        {
            discrepancies.Add(new Discrepancy(
                DiscrepancyKind.Child, "cohort", null, "in the cohort", "not in their list",
                $"{member.ChildId} is in our cohort and missing from their per-child list.",
                [new ExplainingChild(member.ChildId.Value, "in the cohort", null, [ExplanationText.Summary(ExplanationOf(member.ChildId.Value)!)])], 0));
        }

        return children.Count;
    }
}
