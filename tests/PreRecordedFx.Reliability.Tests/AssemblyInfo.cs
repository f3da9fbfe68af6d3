// Allocation and heap figures are process-wide and the load test saturates both cores: one test at a time keeps
// every measurement about its own test and every elapsed-time bound honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
