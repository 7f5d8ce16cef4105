// Twilio and Claude side by side: only the Claude request is checked.
import Anthropic from '@anthropic-ai/sdk';
import twilio from 'twilio';

const sms = twilio(process.env.TWILIO_SID, process.env.TWILIO_TOKEN);
const claude = new Anthropic();

export async function notify(to: string, event: string) {
  const { content } = await claude.messages.create({
    model: 'claude-haiku-4-5',
    max_tokens: 200,
    messages: [{ role: 'user', content: `Write a one-line SMS about: ${event}` }],
  });
  const body = content[0]?.type === 'text' ? content[0].text : event;
  await sms.messages.create({ body, from: process.env.TWILIO_FROM, to });
}
