using System;
using System.Collections.Generic;
using OneOf;
using YouthJustice.Domain;
using YouthJustice.Domain.Sources;

namespace YouthJustice.Kpi.Definitions;

/// <summary>
/// Which counting a <see cref="KpiEngine"/> follows: the guidance's definitions (<see cref="Guidance"/>, the project's
/// contract and the default) or the YJB pipeline's own behaviours where they differ (<see cref="YjbPipeline"/>, every
/// <see cref="PipelineDivergence"/>), so that a vendor can reproduce the figure the YJB publishes and reconcile it with
/// the guidance's. <see cref="With"/> builds a profile with a chosen subset, one switch at a time.
/// </summary>
/// <remarks>
/// A profile is immutable; two profiles with the same divergences are equal. It is carried by
/// <see cref="KpiOptions.Profile"/>.
/// </remarks>
/// <example>
/// <code>
/// var pipeline = new KpiEngine(new KpiOptions { Profile = KpiProfile.YjbPipeline });
/// var onlyAppeals = KpiProfile.With([PipelineDivergence.BlankAppealStatusDropsRow]);
/// </code>
/// </example>
[Source("yjaf-case-level §6.1, §6.8–§6.11 (the pipeline's behaviours), §6 closing note (\"able to follow either, and say which it followed\")", Confidence = Confidence.Medium)]
public sealed class KpiProfile : IEquatable<KpiProfile>
{
    /// <summary>The name of <see cref="Guidance"/> on the command line and in a return: <c>guidance</c>.</summary>
    public const string GuidanceName = "guidance";

    /// <summary>The name of <see cref="YjbPipeline"/> on the command line and in a return: <c>yjb-pipeline</c>.</summary>
    public const string YjbPipelineName = "yjb-pipeline";

    private readonly int _mask;

    private KpiProfile(int mask, string name, PipelineDivergence[] divergences)
    {
        _mask = mask;
        Name = name;
        Divergences = divergences;
    }

    /// <summary>The guidance's definitions, no divergence: the default.</summary>
    public static KpiProfile Guidance { get; } = new(0, GuidanceName, []);

    /// <summary>Every behaviour of the YJB pipeline that differs from the guidance (yjaf-case-level §6.1, §6.8–§6.11).</summary>
    public static KpiProfile YjbPipeline { get; } = Build(PipelineDivergence.List);

    /// <summary>The names <see cref="Parse"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } = [GuidanceName, YjbPipelineName];

    /// <summary>
    /// <c>guidance</c>, <c>yjb-pipeline</c>, or for a chosen subset <c>yjb-pipeline(</c>the divergences'
    /// <see cref="PipelineDivergence.Key"/>s<c>)</c>.
    /// </summary>
    public string Name { get; }

    /// <summary>The divergences followed, in their order (empty for the guidance).</summary>
    public IReadOnlyList<PipelineDivergence> Divergences { get; }

    /// <summary>Whether this is the guidance (no divergence).</summary>
    public bool IsGuidance => _mask == 0;

    /// <summary>A profile that follows exactly the given divergences (none: <see cref="Guidance"/>; all: <see cref="YjbPipeline"/>).</summary>
    /// <param name="divergences">The divergences; duplicates are ignored, a <see langword="null"/> entry is refused.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException">An entry is null.</exception>
    public static KpiProfile With(IEnumerable<PipelineDivergence> divergences)
    {
        Preconditions.CheckNotNull(divergences, nameof(divergences));
        var list = new List<PipelineDivergence>();
        foreach (var divergence in divergences)
        {
            Preconditions.CheckArgument(divergence is not null, nameof(divergences), "A divergence is null.");
            list.Add(divergence!);
        }

        return Build(list);
    }

    /// <summary>Reads <c>guidance</c> or <c>yjb-pipeline</c>; never throws.</summary>
    /// <param name="text">The text given (for example on the command line).</param>
    /// <returns>The profile, or an error naming the text and the allowed values.</returns>
    public static OneOf<KpiProfile, UnknownValueError> Parse(string? text) => text switch
    {
        GuidanceName => Guidance,
        YjbPipelineName => YjbPipeline,
        _ => new UnknownValueError("profile", text, Names),
    };

    /// <summary>Whether the profile follows the pipeline on <paramref name="divergence"/>.</summary>
    /// <param name="divergence">The divergence.</param>
    /// <returns><see langword="true"/> when followed.</returns>
    public bool Has(PipelineDivergence divergence) => (_mask & Bit(Preconditions.CheckNotNull(divergence, nameof(divergence)))) != 0;

    /// <inheritdoc/>
    public bool Equals(KpiProfile? other) => other is not null && other._mask == _mask;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as KpiProfile);

    /// <inheritdoc/>
    public override int GetHashCode() => _mask;

    /// <summary>The profile's <see cref="Name"/>.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;

    private static int Bit(PipelineDivergence divergence) => 1 << divergence.Value;

    private static KpiProfile Build(IEnumerable<PipelineDivergence> divergences)
    {
        var mask = 0;
        foreach (var divergence in divergences)
        {
            mask |= Bit(divergence);
        }

        if (mask == 0 && Guidance is not null)
        {
            return Guidance;
        }

        var chosen = new List<PipelineDivergence>();
        foreach (var divergence in PipelineDivergence.List)
        {
            if ((mask & Bit(divergence)) != 0)
            {
                chosen.Add(divergence);
            }
        }

        chosen.Sort((a, b) => a.Value.CompareTo(b.Value));
        var all = chosen.Count == PipelineDivergence.List.Count;
        if (all && YjbPipeline is not null)
        {
            return YjbPipeline;
        }

        var name = all ? YjbPipelineName : YjbPipelineName + "(" + string.Join(",", chosen.ConvertAll(d => d.Key)) + ")";
        return new KpiProfile(mask, name, [.. chosen]);
    }
}
