import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-auto-yoy.js';
import { column, langControl, widthControl } from './frame.js';

interface Args {
  lang: string;
  mode: string;
  segments: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/kz-auto-yoy',
  component: 'kz-auto-yoy',
  tags: ['autodocs'],
  args: { lang: 'en', mode: 'units', segments: '', width: 720 },
  argTypes: {
    lang: langControl,
    mode: { control: 'inline-radio', options: ['units', 'change'] },
    segments: { control: 'text', description: 'Comma list of passenger-cars, trucks, buses; empty for all' },
    width: widthControl,
  },
  render: ({ lang, mode, segments, width }) =>
    column(
      width,
      html`<kz-auto-yoy lang=${lang || nothing} mode=${mode || nothing} segments=${segments || nothing}></kz-auto-yoy>`,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const ChangeMode: Story = { args: { mode: 'change' } };
export const ChangeModeKazakh: Story = { args: { mode: 'change', lang: 'kk' } };
export const TrucksAndBuses: Story = { args: { segments: 'trucks,buses' } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 360 } };
export const PhoneRussianChange: Story = { args: { lang: 'ru', mode: 'change', width: 360 } };
export const ErrorUnknownMode: Story = { args: { mode: 'pie' } };
export const ErrorUnknownSegment: Story = { args: { lang: 'ru', segments: 'cars,tractors' } };
export const NoticeUnsupportedLanguage: Story = { args: { lang: 'de' } };
