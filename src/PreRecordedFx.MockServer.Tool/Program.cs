// gladia-mock: the mock server's own entry point, so the tool and `dotnet run --project mock-server` cannot drift.
return PreRecordedFx.MockServer.MockServerHost.Run(args);
