namespace PreRecordedFx.MockServer.Admin;

/// <summary>The last entries (at most <see cref="MockServerOptions.JournalSize"/>), oldest first: a ring that drops the oldest.</summary>
/// <typeparam name="T">What is journaled: requests, callback deliveries.</typeparam>
internal class Journal<T>(int capacity)
{
    private readonly Queue<T> entries = new();
    private readonly Lock entriesLock = new();

    public bool Enabled => capacity > 0;

    public void Add(T entry)
    {
        if (!Enabled)
        {
            return;
        }

        lock (entriesLock)
        {
            if (entries.Count == capacity)
            {
                entries.Dequeue();
            }

            entries.Enqueue(entry);
        }
    }

    public IReadOnlyList<T> Entries()
    {
        lock (entriesLock)
        {
            return [.. entries];
        }
    }

    public void Clear()
    {
        lock (entriesLock)
        {
            entries.Clear();
        }
    }
}
