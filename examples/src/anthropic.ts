// One shared client for the app; other modules import it.
import Anthropic from '@anthropic-ai/sdk';

export const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
export const DEFAULT_MODEL = 'claude-opus-4-8';
