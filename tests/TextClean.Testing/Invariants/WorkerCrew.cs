namespace TextClean.Testing.Invariants;

/// <summary>
/// A few long-lived threads that start a job together (a barrier releases them at once) and report back
/// when all are done. Thread-safety checks run thousands of cases; starting new threads for each would
/// cost more than the cases themselves.
/// </summary>
public sealed class WorkerCrew
{
    private static readonly Lazy<WorkerCrew> SharedCrew = new(() => new WorkerCrew(4));

    private readonly Barrier _start;
    private readonly Barrier _done;
    private readonly Exception?[] _errors;
    private readonly Lock _gate = new();
    private Action<int>? _job;

    private WorkerCrew(int size)
    {
        Size = size;
        _start = new Barrier(size + 1);
        _done = new Barrier(size + 1);
        _errors = new Exception?[size];
        for (var i = 0; i < size; i++)
        {
            var worker = i;
            new Thread(() => Work(worker)) { IsBackground = true, Name = $"textclean-crew-{worker}" }.Start();
        }
    }

    public static WorkerCrew Shared => SharedCrew.Value;

    public int Size { get; }

    /// <summary>Runs <paramref name="job"/>(worker index) on every worker at once; rethrows the first failure.</summary>
    public void Run(Action<int> job)
    {
        lock (_gate)
        {
            Array.Clear(_errors);
            _job = job;
            _start.SignalAndWait();
            _done.SignalAndWait();
            _job = null;
            if (_errors.FirstOrDefault(e => e is not null) is { } error)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
            }
        }
    }

    private void Work(int worker)
    {
        while (true)
        {
            _start.SignalAndWait();
            try
            {
                _job!(worker);
            }
            catch (Exception e)
            {
                _errors[worker] = e;
            }

            _done.SignalAndWait();
        }
    }
}
