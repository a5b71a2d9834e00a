// Renders the command prompt (a Jinja template, through nunjucks) with Rasa's variable names plus the hotel calendar.
import { fileURLToPath } from 'node:url';
import type { Domain } from '../../engine/domain/types.ts';
import type { Flow } from '../../engine/flows/types.ts';
import type { UnderstandingContext } from '../types.ts';
import {
  availableFlows,
  type CalendarDay,
  type CurrentState,
  calendar,
  currentState,
  type FlowGuard,
  type PromptFlow,
  sanitiseUserMessage,
  transcript,
} from './prompt-data.ts';
import { type LoadedTemplate, loadTemplate } from './template.ts';

export const DEFAULT_PROMPT_TEMPLATE = fileURLToPath(new URL('../../../prompts/command_prompt_ru.jinja2', import.meta.url));

/** Channels where the caller hears the bot, so "repeat that" makes sense. */
const VOICE_CHANNELS = new Set(['twilio_media_streams', 'twilio_voice', 'browser_audio', 'audiocodes_stream', 'genesys', 'jambonz', 'voice', 'call']);

export function isVoiceChannel(channel: string): boolean {
  return VOICE_CHANNELS.has(channel) || channel.includes('voice') || channel.includes('audio');
}

export interface PromptVariables extends CurrentState {
  available_flows: PromptFlow[];
  current_conversation: string;
  user_message: string;
  is_repeat_command_enabled: boolean;
  today: string;
  today_weekday: string;
  timezone: string;
  calendar: CalendarDay[];
  channel: string;
}

export interface PromptOptions {
  flows: readonly Flow[];
  domain: Domain;
  /** Used when the context carries no timezone. */
  hotelTimezone: string;
  historyTurns: number;
  /** Template path from config.yml `prompt_template`, relative to projectDir; default: ours. */
  templatePath?: string | null;
  projectDir?: string;
  flowGuard?: FlowGuard;
  calendarDays?: number;
}

/** Compiles the template once; render() is then cheap (benchmarked in docs/benchmarks/llm.md). */
export class CommandPrompt {
  readonly templatePath: string;
  private readonly template: LoadedTemplate;

  constructor(private readonly options: PromptOptions) {
    this.template = loadTemplate(options.templatePath ?? DEFAULT_PROMPT_TEMPLATE, options.projectDir);
    this.templatePath = this.template.path;
  }

  variables(text: string, context: UnderstandingContext): PromptVariables {
    const { flows, domain } = this.options;
    const days = calendar(context.now, context.timezone || this.options.hotelTimezone, this.options.calendarDays ?? 14);
    return {
      available_flows: availableFlows(flows, domain, context, this.options.flowGuard),
      ...currentState(flows, domain, context),
      current_conversation: transcript(context, text, this.options.historyTurns),
      user_message: sanitiseUserMessage(text),
      is_repeat_command_enabled: isVoiceChannel(context.channel),
      today: days[0]?.date ?? '',
      today_weekday: days[0]?.weekday ?? '',
      timezone: context.timezone || this.options.hotelTimezone,
      calendar: days,
      channel: context.channel,
    };
  }

  render(text: string, context: UnderstandingContext): string {
    return this.template.render(this.variables(text, context));
  }
}
