global using System.Security.Claims;
global using Xunit;
