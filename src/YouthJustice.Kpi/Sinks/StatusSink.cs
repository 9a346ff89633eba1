using System;
using YouthJustice.Kpi.Explanations;

namespace YouthJustice.Kpi.Engine;

/// <summary>Keeps the last status of each measure for one child (for per-child outcomes and definition diffs).</summary>
internal sealed class StatusSink : IMeasureSink
{
    public StatusSink(int measureCount)
    {
        Statuses = new ChildMeasureStatus[measureCount];
    }

    public ChildMeasureStatus[] Statuses { get; }

    public void Reset() => Array.Clear(Statuses);

    public void Record(int measure, ChildMeasureStatus status, in Reason reason) => Statuses[measure] = status;
}
