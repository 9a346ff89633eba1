using System;
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.Loader;

namespace YouthJustice.EngineComparison;

/// <summary>
/// A load context for one build of <c>YouthJustice.EngineProbe</c>: the probe and the engine, domain and packages it
/// was built with come from its own folder, so two engines of the same assembly names live side by side.
/// </summary>
internal sealed class ProbeLoadContext : AssemblyLoadContext
{
    private static readonly Dictionary<(string Side, int Children), IReadOnlyDictionary<string, Func<object>>> Loaded = [];

    private readonly AssemblyDependencyResolver _resolver;

    /// <summary>Creates the context for the probe at <paramref name="probePath"/>.</summary>
    /// <param name="name">The context's name (the side: before or after).</param>
    /// <param name="probePath">The path of the probe's built assembly.</param>
    public ProbeLoadContext(string name, string probePath)
        : base(name)
        => _resolver = new AssemblyDependencyResolver(probePath);

    /// <summary>
    /// The stages of the probe named by <paramref name="variable"/>, over a service of <paramref name="children"/>
    /// children: loaded and generated once per side and size, then kept for every benchmark of the process.
    /// </summary>
    /// <param name="side">before or after.</param>
    /// <param name="variable">The environment variable naming the probe's built assembly.</param>
    /// <param name="children">Children in the service.</param>
    /// <returns>Each stage by name.</returns>
    public static IReadOnlyDictionary<string, Func<object>> Stages(string side, string variable, int children)
    {
        if (Loaded.TryGetValue((side, children), out var stages))
        {
            return stages;
        }

        var path = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"Set {variable} to the built YouthJustice.EngineProbe.dll (eng/compare-engine.sh --in-process does).");
        }

        var probe = new ProbeLoadContext(side, path).LoadFromAssemblyPath(path).GetType("YouthJustice.EngineComparison.EngineProbe", throwOnError: true)!;
        var make = probe.GetMethod("Stages", BindingFlags.Public | BindingFlags.Static)!;
        stages = (IReadOnlyDictionary<string, Func<object>>)make.Invoke(null, [children])!;
        Loaded[(side, children)] = stages;
        return stages;
    }

    /// <inheritdoc/>
    protected override Assembly? Load(AssemblyName assemblyName)
        => _resolver.ResolveAssemblyToPath(assemblyName) is { } path ? LoadFromAssemblyPath(path) : null;
}
