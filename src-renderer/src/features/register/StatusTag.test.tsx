// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { approvalTag, assessmentTag, deploymentTag, type StatusTagSpec } from './status-tags'
import { StatusTag } from './StatusTag'

afterEach(cleanup)

function renderedColor(spec: StatusTagSpec): string | undefined {
  render(<StatusTag spec={spec} />)
  const tag = screen.getByText(spec.label)
  return ['red', 'orange', 'green', 'default'].find((c) => tag.classList.contains(`ant-tag-${c}`))
}

describe('status tags of the register', () => {
  it('overdue is red in every column', () => {
    expect(approvalTag('overdue')).toEqual({ color: 'red', label: 'Quá hạn phê duyệt' })
    expect(deploymentTag('overdue')).toEqual({ color: 'red', label: 'Quá hạn triển khai' })
    expect(assessmentTag('overdue')).toEqual({ color: 'red', label: 'Quá hạn kiểm tra' })
  })

  it('pending and due soon are orange', () => {
    expect(approvalTag('pending').color).toBe('orange')
    expect(deploymentTag('pending').color).toBe('orange')
    expect(assessmentTag('due_soon')).toEqual({ color: 'orange', label: 'Sắp đến hạn' })
  })

  it('approved, deployed and assessed in time are green', () => {
    expect(approvalTag('approved')).toEqual({ color: 'green', label: 'Đã phê duyệt' })
    expect(deploymentTag('deployed')).toEqual({ color: 'green', label: 'Đã triển khai đầy đủ' })
    expect(assessmentTag('ok')).toEqual({ color: 'green', label: 'Trong hạn' })
  })

  it('an assessment that does not apply yet is grey', () => {
    expect(assessmentTag('not_applicable')).toEqual({ color: 'default', label: 'Chưa áp dụng' })
  })

  it('the tag on screen carries the colour and the legal wording', () => {
    expect(renderedColor(approvalTag('overdue'))).toBe('red')
    expect(renderedColor(assessmentTag('due_soon'))).toBe('orange')
    expect(renderedColor(deploymentTag('deployed'))).toBe('green')
    expect(renderedColor(assessmentTag('not_applicable'))).toBe('default')
  })
})
