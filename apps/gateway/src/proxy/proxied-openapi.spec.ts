import { isOpenApiDocumentPath, servedThroughGateway } from './proxied-openapi';

describe("a service's OpenAPI document through the gateway", () => {
  it("names the gateway's prefix for the service as its server, and changes nothing else", () => {
    const original = { openapi: '3.0.3', info: { title: 't' }, servers: [{ url: '/' }], paths: { '/x': {} } };

    const served = JSON.parse(servedThroughGateway(JSON.stringify(original), 'referral')) as typeof original;

    expect(served.servers).toEqual([
      { url: '/api/referral', description: 'The referral service, through the Waypoint gateway' },
    ]);
    expect({ ...served, servers: original.servers }).toEqual(original);
  });

  it('applies to the document path only', () => {
    expect(isOpenApiDocumentPath('/openapi.json')).toBe(true);
    expect(isOpenApiDocumentPath('/openapi.json?x=1')).toBe(true);
    expect(isOpenApiDocumentPath('/referrals/openapi.json')).toBe(false);
    expect(isOpenApiDocumentPath('/referrals')).toBe(false);
  });
});
