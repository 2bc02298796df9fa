import { loadConfig } from '@convene/config';
import { apertiumGloss, apertiumPairs, MachineGloss } from './machine-gloss';

const SPANISH = 'Los gobiernos deberían digitalizar por completo la solicitud de visados.';

/** As on a machine without Apertium. */
class WithoutApertium extends MachineGloss {
  protected override readonly command = '/nonexistent/apertium';
}

describe('MachineGloss', () => {
  it('does nothing and checks nothing when MACHINE_GLOSS is off', async () => {
    const gloss = new WithoutApertium(loadConfig({}));
    expect(gloss.enabled).toBe(false);
    await gloss.onModuleInit();
    expect(await gloss.glosses([SPANISH])).toEqual(new Map());
  });

  it('refuses to start with MACHINE_GLOSS=apertium when the Spanish-English pair is missing', async () => {
    const gloss = new WithoutApertium(loadConfig({ MACHINE_GLOSS: 'apertium' }));
    await expect(gloss.onModuleInit()).rejects.toThrow(/apt-get install apertium-eng-spa/);
  });

  it('glosses Spanish into English where the pair is installed (CI installs it)', async () => {
    if ((await apertiumPairs()).includes('spa-eng')) {
      const english = await apertiumGloss(SPANISH);
      expect(english).toMatch(/governments/i);
      expect(english).not.toContain('\n');
      const gloss = new MachineGloss(loadConfig({ MACHINE_GLOSS: 'apertium' }));
      await gloss.onModuleInit();
      expect((await gloss.glosses([SPANISH, SPANISH])).size).toBe(1);
    } else {
      await expect(apertiumGloss(SPANISH)).rejects.toThrow();
    }
    await expect(apertiumGloss(SPANISH, '/nonexistent/apertium')).rejects.toThrow();
  });
});
